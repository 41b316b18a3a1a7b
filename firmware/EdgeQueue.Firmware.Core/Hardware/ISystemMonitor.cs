namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>Health figures for the retained state message.</summary>
    public interface ISystemMonitor
    {
        /// <summary>Free memory in bytes, read without a garbage collection (on the device: the ESP32's free internal native heap).</summary>
        long FreeMemoryBytes { get; }
    }
}
