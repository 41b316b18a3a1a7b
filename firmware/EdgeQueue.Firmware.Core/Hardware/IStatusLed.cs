namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>The device's status LED (RGB). The core blinks it by calling <see cref="Show"/> on and off.</summary>
    public interface IStatusLed
    {
        void Show(LedColor color);
    }
}
