namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>
    /// The two open-drain lines of a TM1637 (CLK and DIO), bit-banged. High means "released"
    /// (pulled up), low means driven low.
    /// </summary>
    public interface ITm1637Bus
    {
        void SetClock(bool high);

        void SetData(bool high);

        /// <summary>Reads DIO (the chip pulls it low to acknowledge a byte).</summary>
        bool ReadData();

        /// <summary>Waits a few microseconds between edges (the chip needs ≥ 2 µs per half clock).</summary>
        void Pause();
    }
}
