using System.Text;

namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// Plays ESC/POS bytes the way a receipt printer would (the simulated printer and the tests): text lines decoded from the
/// selected code table with alignment, bold and size; QR payloads from GS ( k; the cut. It is
/// strict: an unknown command or a truncated one throws with its offset, so malformed output from
/// an encoder cannot pass unnoticed.
/// </summary>
public static class EscPosDecoder
{
    private const byte Esc = 0x1B;
    private const byte Gs = 0x1D;
    private const byte Dle = 0x10;
    private const byte Lf = 0x0A;
    private const byte Cr = 0x0D;

    static EscPosDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static EscPosDocument Decode(ReadOnlySpan<byte> bytes)
    {
        var state = new State();
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            switch (b)
            {
                case Lf:
                    state.EndLine();
                    i++;
                    break;
                case Cr:
                    i++;
                    break;
                case Esc:
                    i = Escape(bytes, i, state);
                    break;
                case Gs:
                    i = GroupSeparator(bytes, i, state);
                    break;
                case Dle:
                    Need(bytes, i, 3);
                    if (bytes[i + 1] != 0x04)
                    {
                        throw Fail(i, $"DLE 0x{bytes[i + 1]:X2} is not supported");
                    }

                    state.StatusRequests.Add(bytes[i + 2]);
                    i += 3;
                    break;
                case < 0x20:
                    throw Fail(i, $"unexpected control byte 0x{b:X2}");
                default:
                    state.Text.Add(b);
                    i++;
                    break;
            }
        }

        if (state.Text.Count > 0)
        {
            throw Fail(bytes.Length, "text left in the buffer without a final LF (it would not print)");
        }

        return new EscPosDocument(state.Lines, state.QrCodes, state.Cut, state.Initialized, state.CodeTable, state.StatusRequests);
    }

    private static int Escape(ReadOnlySpan<byte> bytes, int i, State state)
    {
        Need(bytes, i, 2);
        var command = (char)bytes[i + 1];
        if (command == '@')
        {
            state.Reset();
            state.Initialized = true;
            return i + 2;
        }

        Need(bytes, i, 3);
        var n = bytes[i + 2];
        switch (command)
        {
            case 't':
                state.CodeTable = n;
                break;
            case 'a':
                state.Align = (EscPosAlign)(n % 48 > 2 ? throw Fail(i, $"ESC a {n} is out of range") : n % 48);
                break;
            case 'E':
                state.Bold = (n & 1) == 1;
                break;
            case 'd':
                state.EndLine();
                for (var k = 1; k < n; k++)
                {
                    state.EndLine();
                }

                break;
            default:
                throw Fail(i, $"ESC '{command}' is not supported");
        }

        return i + 3;
    }

    private static int GroupSeparator(ReadOnlySpan<byte> bytes, int i, State state)
    {
        Need(bytes, i, 2);
        var command = (char)bytes[i + 1];
        switch (command)
        {
            case '!':
                Need(bytes, i, 3);
                state.Width = ((bytes[i + 2] >> 4) & 0x07) + 1;
                state.Height = (bytes[i + 2] & 0x07) + 1;
                return i + 3;
            case 'V':
                Need(bytes, i, 3);
                var m = bytes[i + 2];
                switch (m)
                {
                    case 0 or 48:
                        state.Cut = EscPosCut.Full;
                        return i + 3;
                    case 1 or 49:
                        state.Cut = EscPosCut.Partial;
                        return i + 3;
                    case 65:
                        Need(bytes, i, 4);
                        state.Cut = EscPosCut.Full;
                        return i + 4;
                    case 66:
                        Need(bytes, i, 4);
                        state.Cut = EscPosCut.Partial;
                        return i + 4;
                    default:
                        throw Fail(i, $"GS V {m} is not supported");
                }

            case '(':
                return TwoDimensionalCode(bytes, i, state);
            default:
                throw Fail(i, $"GS '{command}' is not supported");
        }
    }

    /// <summary>GS ( k pL pH cn fn [parameters]: only cn = 49 (QR code).</summary>
    private static int TwoDimensionalCode(ReadOnlySpan<byte> bytes, int i, State state)
    {
        Need(bytes, i, 7);
        if (bytes[i + 2] != (byte)'k')
        {
            throw Fail(i, $"GS ( 0x{bytes[i + 2]:X2} is not supported");
        }

        var length = bytes[i + 3] | (bytes[i + 4] << 8);
        Need(bytes, i, 5 + length);
        var body = bytes.Slice(i + 5, length);
        if (length < 2 || body[0] != 49)
        {
            throw Fail(i, $"GS ( k with cn {(length > 0 ? body[0] : -1)} is not a QR code function");
        }

        var parameters = body[2..];
        switch (body[1])
        {
            case 65:
                state.QrModel = parameters[0] - 48;
                break;
            case 67:
                state.QrModuleSize = parameters[0];
                break;
            case 69:
                state.QrErrorCorrection = parameters[0] switch
                {
                    48 => 'L',
                    49 => 'M',
                    50 => 'Q',
                    51 => 'H',
                    _ => throw Fail(i, $"QR error correction {parameters[0]} is out of range"),
                };
                break;
            case 80:
                if (parameters[0] != 48)
                {
                    throw Fail(i, $"QR store with m = {parameters[0]} (must be 48)");
                }

                state.QrStored = parameters[1..].ToArray();
                break;
            case 81:
                state.QrCodes.Add(new EscPosQrCode(
                    state.QrStored ?? throw Fail(i, "QR print before any data was stored"),
                    state.QrModel, state.QrModuleSize, state.QrErrorCorrection, state.Lines.Count));
                break;
            default:
                throw Fail(i, $"QR function {body[1]} is not supported");
        }

        return i + 5 + length;
    }

    private static void Need(ReadOnlySpan<byte> bytes, int i, int count)
    {
        if (i + count > bytes.Length)
        {
            throw Fail(i, $"command truncated: needs {count} bytes, {bytes.Length - i} left");
        }
    }

    private static FormatException Fail(int offset, string message) => new($"ESC/POS at byte {offset}: {message}.");

    private sealed class State
    {
        public List<EscPosLine> Lines { get; } = [];

        public List<EscPosQrCode> QrCodes { get; } = [];

        public List<byte> Text { get; } = [];

        public List<byte> StatusRequests { get; } = [];

        public EscPosCut Cut { get; set; }

        public bool Initialized { get; set; }

        public int CodeTable { get; set; }

        public EscPosAlign Align { get; set; }

        public bool Bold { get; set; }

        public int Width { get; set; } = 1;

        public int Height { get; set; } = 1;

        public int QrModel { get; set; } = 2;

        public int QrModuleSize { get; set; } = 3;

        public char QrErrorCorrection { get; set; } = 'L';

        public byte[]? QrStored { get; set; }

        public void Reset()
        {
            CodeTable = 0;
            Align = EscPosAlign.Left;
            Bold = false;
            Width = Height = 1;
        }

        public void EndLine()
        {
            var text = TextEncoding().GetString([.. Text]);
            Lines.Add(new EscPosLine(text, Align, Bold, Width, Height));
            Text.Clear();
        }

        private Encoding TextEncoding() => CodeTable switch
        {
            0 => Encoding.GetEncoding(437),
            18 => Encoding.GetEncoding(852),
            _ => throw new FormatException($"ESC/POS code table {CodeTable} is not known to the decoder."),
        };
    }
}
