namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>The keypad's five buttons, left to right as wired (firmware/README.md).</summary>
    public static class KeypadButtons
    {
        public const int Next = 0;
        public const int Recall = 1;
        public const int NoShow = 2;
        public const int Done = 3;
        public const int Transfer = 4;
        public const int Count = 5;
    }
}
