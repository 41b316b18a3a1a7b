namespace EdgeQueue.Firmware.Core.Settings
{
    /// <summary>The firmware version reported in the retained state (technicians spot old firmware by it).</summary>
    public static class FirmwareInfo
    {
        public const string Version = "1.0.0";
    }
}
