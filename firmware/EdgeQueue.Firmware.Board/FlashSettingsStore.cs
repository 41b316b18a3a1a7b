using System;
using System.IO;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// Settings as a JSON file on the ESP32's internal flash drive (I:), written by the technician
    /// with <c>nanoff --filedeployment</c> (firmware/README.md, "Provisioning"); and the boot counter
    /// that makes every boot's random seed different.
    /// </summary>
    public sealed class FlashSettingsStore : ISettingsStore
    {
        public const string SettingsPath = "I:\\edgequeue.json";
        public const string BootCountPath = "I:\\edgequeue.boots";

        public string Load()
        {
            try
            {
                return File.Exists(SettingsPath) ? File.ReadAllText(SettingsPath) : null;
            }
            catch (Exception)
            {
                return null;
            }
        }

        /// <summary>Counts this boot in flash and returns the count (0 when the flash cannot be read or written).</summary>
        public int NextBootCount()
        {
            try
            {
                var count = 0;
                if (File.Exists(BootCountPath))
                {
                    int.TryParse(File.ReadAllText(BootCountPath).Trim(), out count);
                }

                count++;
                File.WriteAllText(BootCountPath, count.ToString());
                return count;
            }
            catch (Exception)
            {
                return 0;
            }
        }
    }
}
