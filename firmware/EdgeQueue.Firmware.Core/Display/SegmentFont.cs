namespace EdgeQueue.Firmware.Core.Display
{
    /// <summary>
    /// Characters on a 7-segment digit. Bit 0..6 are segments a..g (a top, then clockwise, g middle),
    /// bit 7 the decimal point or colon. Letters a 7-segment digit cannot draw (K, M, V, W, X) come
    /// out blank; upper and lower case map to whichever shape is readable (b, d, n, r, t are lower case
    /// only; C, O, U have both).
    /// </summary>
    public static class SegmentFont
    {
        public const byte Blank = 0x00;
        public const byte Dot = 0x80;

        private static readonly byte[] Digits = { 0x3F, 0x06, 0x5B, 0x4F, 0x66, 0x6D, 0x7D, 0x07, 0x7F, 0x6F };

        public static byte Encode(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return Digits[c - '0'];
            }

            switch (c)
            {
                case 'A':
                case 'a':
                    return 0x77;
                case 'B':
                case 'b':
                    return 0x7C;
                case 'C':
                    return 0x39;
                case 'c':
                    return 0x58;
                case 'D':
                case 'd':
                    return 0x5E;
                case 'E':
                case 'e':
                    return 0x79;
                case 'F':
                case 'f':
                    return 0x71;
                case 'G':
                case 'g':
                    return 0x3D;
                case 'H':
                    return 0x76;
                case 'h':
                    return 0x74;
                case 'I':
                case 'i':
                    return 0x30;
                case 'J':
                case 'j':
                    return 0x1E;
                case 'L':
                case 'l':
                    return 0x38;
                case 'N':
                case 'n':
                    return 0x54;
                case 'O':
                    return 0x3F;
                case 'o':
                    return 0x5C;
                case 'P':
                case 'p':
                    return 0x73;
                case 'Q':
                case 'q':
                    return 0x67;
                case 'R':
                case 'r':
                    return 0x50;
                case 'S':
                case 's':
                    return 0x6D;
                case 'T':
                case 't':
                    return 0x78;
                case 'U':
                    return 0x3E;
                case 'u':
                    return 0x1C;
                case 'Y':
                case 'y':
                    return 0x6E;
                case 'Z':
                case 'z':
                    return 0x5B;
                case '-':
                    return 0x40;
                case '_':
                    return 0x08;
                case '=':
                    return 0x48;
                case '.':
                    return Dot;
                default:
                    return Blank;
            }
        }

        /// <summary>
        /// The same segments in the MAX7219's no-decode order: DP A B C D E F G in bits 7..0, so
        /// a..g (bits 0..6 here) are mirrored and the point stays in bit 7.
        /// </summary>
        public static byte ToMax7219(byte segments)
        {
            var result = segments & Dot;
            for (var segment = 0; segment < 7; segment++)
            {
                if ((segments & (1 << segment)) != 0)
                {
                    result |= 1 << (6 - segment);
                }
            }

            return (byte)result;
        }

        /// <summary>The first <paramref name="digits"/> characters of <paramref name="text"/>, left-aligned, blank-padded.</summary>
        public static byte[] EncodeText(string text, int digits)
        {
            var segments = new byte[digits];
            for (var i = 0; i < digits && text != null && i < text.Length; i++)
            {
                segments[i] = Encode(text[i]);
            }

            return segments;
        }
    }
}
