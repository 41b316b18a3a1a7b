using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Settings
{
    /// <summary>Reads the provisioned settings at boot and checks that they are for this firmware.</summary>
    public static class SettingsLoader
    {
        /// <summary>
        /// The settings for a device of <paramref name="role"/> ("disp", "keypad" or "board"); false with a
        /// reason a technician can act on when the store is empty, the JSON is wrong, or the settings
        /// belong to the other kind of device.
        /// </summary>
        public static bool TryLoad(ISettingsStore store, string role, out DeviceSettings settings, out string error)
        {
            settings = null;
            var text = store.Load();
            if (text == null)
            {
                error = "no settings stored: provision the device (firmware/README.md, Provisioning)";
                return false;
            }

            DeviceSettings parsed;
            if (!DeviceSettings.TryParse(text, out parsed, out error))
            {
                return false;
            }

            if (parsed.Role != role)
            {
                error = "settings are for device '" + parsed.DeviceId + "', this firmware is for a '" + role + "' device";
                return false;
            }

            settings = parsed;
            return true;
        }
    }
}
