namespace EdgeQueue.Firmware.CounterDisplay
{
    /// <summary>
    /// GPIO numbers on an ESP32 DevKit (ESP32-WROOM-32) for the counter display's MAX7219 module; the
    /// wiring table is in firmware/README.md. Not a strapping pin (0, 2, 5, 12, 15), not input-only
    /// (34–39). DIN and CLK are the VSPI controller's MOSI and SCK pins, so a later firmware with an
    /// SPI library could take the same wiring.
    /// </summary>
    public static class CounterDisplayPins
    {
        /// <summary>Module DIN (data in).</summary>
        public const int Data = 23;

        /// <summary>Module CLK.</summary>
        public const int Clock = 18;

        /// <summary>Module CS (the datasheet's LOAD): a rising edge latches the 16 bits shifted in.</summary>
        public const int Load = 19;
    }
}
