namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>A 7-segment display: the keypad's 4-digit TM1637 module, the counter display's 8-digit MAX7219.</summary>
    public interface ISegmentDisplay
    {
        /// <summary>Shows up to as many characters as the display has digits (the keypad: four), left-aligned; what a 7-segment digit cannot draw is left blank.</summary>
        void Show(string text);

        /// <summary>Brightness in percent, 0..100 (the TM1637 has 8 steps, the MAX7219 16).</summary>
        void SetBrightness(int percent);
    }
}
