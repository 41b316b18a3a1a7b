namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>A 4-digit 7-segment display (the keypad's TM1637 module).</summary>
    public interface ISegmentDisplay
    {
        /// <summary>Shows up to four characters, left-aligned; what a 7-segment digit cannot draw is left blank.</summary>
        void Show(string text);

        /// <summary>Brightness in percent, 0..100 (the TM1637 has 8 steps).</summary>
        void SetBrightness(int percent);
    }
}
