namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>One LED, e.g. the lamp inside a category button.</summary>
    public interface ILed
    {
        void Set(bool on);
    }
}
