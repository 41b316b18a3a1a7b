namespace EdgeQueue.Firmware.Core.Hardware
{
    /// <summary>Non-volatile settings: one JSON text in flash (on the device: a file on the internal drive I:).</summary>
    public interface ISettingsStore
    {
        /// <summary>The stored text, or null when nothing is stored.</summary>
        string Load();

        /// <summary>Replaces the stored text; false when the flash write failed.</summary>
        bool Save(string text);
    }
}
