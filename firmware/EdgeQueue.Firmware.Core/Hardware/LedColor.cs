namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>The colours a status LED can show (an RGB LED: red, green, blue, and red+green for amber).</summary>
    public enum LedColor
    {
        Off = 0,
        Green = 1,
        Red = 2,
        Amber = 3,
        Blue = 4,
    }
}
