namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>Non-volatile settings: one JSON text in flash (on the device: a file on the internal drive I:).</summary>
    public interface ISettingsStore
    {
        /// <summary>The stored text, or null when nothing is stored or it cannot be read.</summary>
        string Load();
    }
}
