using System.Threading;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>Loads the provisioned settings at boot; a device without valid settings says why and waits.</summary>
    public static class BoardSettings
    {
        /// <summary>What a keypad without valid settings shows.</summary>
        public const string NeedsProvisioning = "COnF";

        /// <summary>
        /// The settings for a device of <paramref name="role"/>; never returns without them. While the
        /// file is missing or wrong, the reason goes to the serial console every 10 s, and
        /// <paramref name="fault"/> blinks red or <paramref name="display"/> shows "COnF" (either may
        /// be null) so the technician sees the device needs provisioning.
        /// </summary>
        public static DeviceSettings LoadOrWait(FlashSettingsStore store, string role, IStatusLed fault, ISegmentDisplay display)
        {
            var log = new SerialConsoleLog();
            while (true)
            {
                DeviceSettings settings;
                string error;
                if (SettingsLoader.TryLoad(store, role, out settings, out error))
                {
                    return settings;
                }

                log.Write(error);
                if (display != null)
                {
                    display.Show(NeedsProvisioning);
                }

                for (var i = 0; i < 20; i++)
                {
                    if (fault != null)
                    {
                        fault.Show(i % 2 == 0 ? LedColor.Red : LedColor.Off);
                    }

                    Thread.Sleep(500);
                }
            }
        }
    }
}
