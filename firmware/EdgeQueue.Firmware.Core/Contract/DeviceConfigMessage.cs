using System.Collections;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// Hub → device on <c>…/device/{id}/config</c> (retained): a dispenser's button → category map,
    /// a keypad's counter number and the categories it may transfer to, and the brightness.
    /// </summary>
    public sealed class DeviceConfigMessage
    {
        private Hashtable _buttons;

        private DeviceConfigMessage()
        {
        }

        public string Role { get; private set; }

        public int Version { get; private set; }

        /// <summary>Counter number of a keypad, or <see cref="JsonFields.Absent"/>.</summary>
        public int Counter { get; private set; }

        /// <summary>Categories a keypad may transfer to, in the hub's order; empty when not given.</summary>
        public string[] Categories { get; private set; }

        /// <summary>0..100, or <see cref="JsonFields.Absent"/>.</summary>
        public int Brightness { get; private set; }

        /// <summary>The category of the dispenser button numbered <paramref name="number"/> (from 1), or null.</summary>
        public string CategoryOfButton(int number)
        {
            return _buttons == null ? null : _buttons[number.ToString()] as string;
        }

        public static bool TryParse(byte[] payload, out DeviceConfigMessage config, out string error)
        {
            config = null;
            JsonObject json;
            if (!JsonReader.TryParseObject(payload, out json, out error))
            {
                return false;
            }

            string role;
            int version, counter, brightness;
            Hashtable buttons;
            string[] categories;
            if (!JsonFields.TryString(json, "role", true, out role, out error)
                || !JsonFields.TryCount(json, "version", true, out version, out error)
                || !JsonFields.TryStringMap(json, "buttons", out buttons, out error)
                || !JsonFields.TryCount(json, "counter", false, out counter, out error)
                || !JsonFields.TryStringArray(json, "categories", out categories, out error)
                || !JsonFields.TryCount(json, "brightness", false, out brightness, out error))
            {
                error = "config: " + error;
                return false;
            }

            if (brightness > 100)
            {
                error = "config: 'brightness' must be 0..100";
                return false;
            }

            config = new DeviceConfigMessage
            {
                Role = role,
                Version = version,
                _buttons = buttons,
                Counter = counter,
                Categories = categories ?? new string[0],
                Brightness = brightness,
            };
            return true;
        }
    }
}
