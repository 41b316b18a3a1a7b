namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>Health figures for the retained state message.</summary>
    public interface ISystemMonitor
    {
        /// <summary>Free managed memory in bytes (on the device: nanoFramework.Runtime.Native.GC.Run(false)).</summary>
        long FreeMemoryBytes { get; }
    }
}
