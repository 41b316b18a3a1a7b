namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>What the device tells the hub about itself on its retained <c>state</c> topic.</summary>
    public sealed class DeviceStateReport
    {
        public DeviceStateReport(string firmware, string bootId, long uptimeSeconds, int rssi, long freeMemory, string paper, int configVersion, string[] log = null)
        {
            Log = log;
            Firmware = firmware;
            BootId = bootId;
            UptimeSeconds = uptimeSeconds;
            Rssi = rssi;
            FreeMemory = freeMemory;
            Paper = paper;
            ConfigVersion = configVersion;
        }

        public string Firmware { get; }

        public string BootId { get; }

        public long UptimeSeconds { get; }

        /// <summary>dBm; 0 means unknown and is left out.</summary>
        public int Rssi { get; }

        /// <summary>Bytes; negative means unknown and is left out.</summary>
        public long FreeMemory { get; }

        /// <summary>Only a dispenser reports paper; null is left out.</summary>
        public string Paper { get; }

        /// <summary>Version of the retained config the device applied; 0 (none yet) is left out.</summary>
        public int ConfigVersion { get; }

        /// <summary>The device's last log lines, oldest first; null or empty is left out.</summary>
        public string[] Log { get; }
    }
}
