namespace EdgeQueue.Firmware.Keypad
{
    /// <summary>
    /// GPIO numbers on an ESP32 DevKit (ESP32-WROOM-32) for the counter keypad; the wiring table is
    /// in firmware/README.md. The order of <see cref="Buttons"/> is the core's KeypadButtons order.
    /// </summary>
    public static class KeypadPins
    {
        /// <summary>Next, Recall, No-show, Done, Transfer — to ground, internal pull-up.</summary>
        public static readonly int[] Buttons = { 13, 14, 27, 26, 25 };

        /// <summary>TM1637 module CLK (the module has its own 10 kΩ pull-ups to VCC = 3.3 V).</summary>
        public const int DisplayClock = 18;

        /// <summary>TM1637 module DIO.</summary>
        public const int DisplayData = 19;
    }
}
