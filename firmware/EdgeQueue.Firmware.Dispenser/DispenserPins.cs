namespace EdgeQueue.Firmware.Dispenser
{
    /// <summary>
    /// GPIO numbers on an ESP32 DevKit (ESP32-WROOM-32) for the ticket dispenser; the wiring table is
    /// in firmware/README.md. Strapping pins (0, 2, 5, 12, 15) and the input-only pins 34–39 (no
    /// internal pull-ups) are avoided.
    /// </summary>
    public static class DispenserPins
    {
        /// <summary>Category buttons 1..4, to ground, internal pull-up. Button n maps to config.buttons["n"].</summary>
        public static readonly int[] Buttons = { 13, 14, 27, 26 };

        /// <summary>The lamp in each category button (through a 330 Ω resistor or a transistor for 12 V lamps).</summary>
        public static readonly int[] ButtonLamps = { 23, 22, 21, 19 };

        public const int StatusRed = 25;
        public const int StatusGreen = 33;
        public const int StatusBlue = 32;
    }
}
