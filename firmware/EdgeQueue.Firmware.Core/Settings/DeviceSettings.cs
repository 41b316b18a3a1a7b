using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Settings
{
    /// <summary>
    /// Everything a device needs to join its site, kept in flash as one JSON object (see
    /// firmware/README.md, "Provisioning"). Network and identity fields are required; the timing
    /// fields have defaults a hall can live with and may be tuned per device.
    /// </summary>
    public sealed class DeviceSettings
    {
        public DeviceSettings()
        {
            MqttPort = 1883;
            DebounceMs = 30;
            LongPressMs = 3000;
            RateBurst = 2;
            RateRefillMs = 3000;
            RequestTimeoutMs = 20000;
            ReplyShowMs = 4000;
            GuardMs = 1500;
            EventTimeoutMs = 30000;
            RetryInitialMs = 1000;
            RetryMaxMs = 8000;
            ReconnectMaxMs = 30000;
            StateIntervalS = 60;
            KeepAliveS = 30;
        }

        public string DeviceId { get; set; }

        public string SiteId { get; set; }

        public string WifiSsid { get; set; }

        public string WifiPassword { get; set; }

        public string MqttHost { get; set; }

        public int MqttPort { get; set; }

        /// <summary>Broker user name; the device id when not set (each device has its own credentials, rule 4).</summary>
        public string MqttUser { get; set; }

        public string MqttPassword { get; set; }

        /// <summary>Software debounce on top of the pin's own DebounceTimeout.</summary>
        public int DebounceMs { get; set; }

        /// <summary>Holding a button this long is a long press (service functions).</summary>
        public int LongPressMs { get; set; }

        /// <summary>Dispenser: tickets a button masher can get in a burst.</summary>
        public int RateBurst { get; set; }

        /// <summary>Dispenser: one more ticket becomes available every this many ms.</summary>
        public int RateRefillMs { get; set; }

        /// <summary>Dispenser: a ticket request without a reply is abandoned after this (the resident has waited long enough).</summary>
        public int RequestTimeoutMs { get; set; }

        /// <summary>How long a reply (issued / refused) is shown before the device returns to its idle look.</summary>
        public int ReplyShowMs { get; set; }

        /// <summary>Keypad: after an accepted Next/Done/No-show/Recall, further action presses are ignored this long.</summary>
        public int GuardMs { get; set; }

        /// <summary>Keypad: a counter event without a reply is abandoned after this.</summary>
        public int EventTimeoutMs { get; set; }

        /// <summary>First retransmission delay of an unanswered event; doubles up to <see cref="RetryMaxMs"/>.</summary>
        public int RetryInitialMs { get; set; }

        public int RetryMaxMs { get; set; }

        /// <summary>Longest wait between two Wi-Fi or MQTT connection attempts.</summary>
        public int ReconnectMaxMs { get; set; }

        /// <summary>The retained state (uptime, RSSI, memory) is refreshed this often.</summary>
        public int StateIntervalS { get; set; }

        public int KeepAliveS { get; set; }

        /// <summary>The role part of <see cref="DeviceId"/> ("disp", "keypad" or "board").</summary>
        public string Role
        {
            get
            {
                string error;
                return DeviceIdentity.RoleOf(DeviceId, out error);
            }
        }

        /// <summary>Reads and checks settings; on failure <paramref name="error"/> names the field and the rule.</summary>
        public static bool TryParse(string text, out DeviceSettings settings, out string error)
        {
            settings = null;
            JsonObject json;
            if (!JsonReader.TryParseObject(text, out json, out error))
            {
                error = "settings: " + error;
                return false;
            }

            var s = new DeviceSettings();
            string deviceId, siteId, ssid, wifiPassword, host, user, password;
            if (!JsonFields.TryString(json, "deviceId", true, out deviceId, out error)
                || !JsonFields.TryString(json, "siteId", true, out siteId, out error)
                || !JsonFields.TryString(json, "wifiSsid", true, out ssid, out error)
                || !JsonFields.TryString(json, "wifiPassword", false, out wifiPassword, out error)
                || !JsonFields.TryString(json, "mqttHost", true, out host, out error)
                || !JsonFields.TryString(json, "mqttUser", false, out user, out error)
                || !JsonFields.TryString(json, "mqttPassword", false, out password, out error))
            {
                error = "settings: " + error;
                return false;
            }

            s.DeviceId = deviceId;
            s.SiteId = siteId;
            s.WifiSsid = ssid;
            s.WifiPassword = wifiPassword ?? string.Empty;
            s.MqttHost = host;
            if (user != null && user != deviceId)
            {
                // The hall's broker takes the client id (the device id) as the user name and refuses
                // anything else (CONNACK 5): one name per device, so no device can pose as another.
                error = "settings: 'mqttUser' must be the device id '" + deviceId + "' (or left out), not '" + user + "'";
                return false;
            }

            s.MqttUser = deviceId;
            s.MqttPassword = password ?? string.Empty;

            int value;
            if (!Optional(json, "mqttPort", 1, 65535, s.MqttPort, out value, out error)) { return false; }
            s.MqttPort = value;
            if (!Optional(json, "debounceMs", 0, 1000, s.DebounceMs, out value, out error)) { return false; }
            s.DebounceMs = value;
            if (!Optional(json, "longPressMs", 500, 30000, s.LongPressMs, out value, out error)) { return false; }
            s.LongPressMs = value;
            if (!Optional(json, "rateBurst", 1, 100, s.RateBurst, out value, out error)) { return false; }
            s.RateBurst = value;
            if (!Optional(json, "rateRefillMs", 0, 600000, s.RateRefillMs, out value, out error)) { return false; }
            s.RateRefillMs = value;
            if (!Optional(json, "requestTimeoutMs", 1000, 600000, s.RequestTimeoutMs, out value, out error)) { return false; }
            s.RequestTimeoutMs = value;
            if (!Optional(json, "replyShowMs", 0, 60000, s.ReplyShowMs, out value, out error)) { return false; }
            s.ReplyShowMs = value;
            if (!Optional(json, "guardMs", 0, 60000, s.GuardMs, out value, out error)) { return false; }
            s.GuardMs = value;
            if (!Optional(json, "eventTimeoutMs", 1000, 600000, s.EventTimeoutMs, out value, out error)) { return false; }
            s.EventTimeoutMs = value;
            if (!Optional(json, "retryInitialMs", 100, 600000, s.RetryInitialMs, out value, out error)) { return false; }
            s.RetryInitialMs = value;
            if (!Optional(json, "retryMaxMs", 100, 600000, s.RetryMaxMs, out value, out error)) { return false; }
            s.RetryMaxMs = value;
            if (!Optional(json, "reconnectMaxMs", 1000, 3600000, s.ReconnectMaxMs, out value, out error)) { return false; }
            s.ReconnectMaxMs = value;
            if (!Optional(json, "stateIntervalS", 5, 86400, s.StateIntervalS, out value, out error)) { return false; }
            s.StateIntervalS = value;
            if (!Optional(json, "keepAliveS", 5, 3600, s.KeepAliveS, out value, out error)) { return false; }
            s.KeepAliveS = value;

            if (!s.Validate(out error))
            {
                return false;
            }

            settings = s;
            return true;
        }

        /// <summary>Checks the identity and network fields; used after parsing and before saving.</summary>
        public bool Validate(out string error)
        {
            if (DeviceIdentity.RoleOf(DeviceId, out error) == null)
            {
                error = "settings: " + error;
                return false;
            }

            if (!DeviceIdentity.IsValidSiteId(SiteId))
            {
                error = "settings: site id '" + SiteId + "' must be 1-40 lowercase letters, digits or dashes";
                return false;
            }

            if (string.IsNullOrEmpty(WifiSsid))
            {
                error = "settings: 'wifiSsid' is empty";
                return false;
            }

            if (string.IsNullOrEmpty(MqttHost))
            {
                error = "settings: 'mqttHost' is empty";
                return false;
            }

            if (RetryMaxMs < RetryInitialMs)
            {
                error = "settings: 'retryMaxMs' must not be below 'retryInitialMs'";
                return false;
            }

            error = null;
            return true;
        }

        /// <summary>The settings as the JSON text the store keeps (passwords included: the flash is the device's own).</summary>
        public string ToJson()
        {
            return new JsonWriter().BeginObject()
                .Property("deviceId", DeviceId)
                .Property("siteId", SiteId)
                .Property("wifiSsid", WifiSsid)
                .Property("wifiPassword", WifiPassword ?? string.Empty)
                .Property("mqttHost", MqttHost)
                .Property("mqttPort", MqttPort)
                .Property("mqttUser", MqttUser ?? DeviceId)
                .Property("mqttPassword", MqttPassword ?? string.Empty)
                .Property("debounceMs", DebounceMs)
                .Property("longPressMs", LongPressMs)
                .Property("rateBurst", RateBurst)
                .Property("rateRefillMs", RateRefillMs)
                .Property("requestTimeoutMs", RequestTimeoutMs)
                .Property("replyShowMs", ReplyShowMs)
                .Property("guardMs", GuardMs)
                .Property("eventTimeoutMs", EventTimeoutMs)
                .Property("retryInitialMs", RetryInitialMs)
                .Property("retryMaxMs", RetryMaxMs)
                .Property("reconnectMaxMs", ReconnectMaxMs)
                .Property("stateIntervalS", StateIntervalS)
                .Property("keepAliveS", KeepAliveS)
                .EndObject()
                .ToString();
        }

        private static bool Optional(JsonObject json, string name, int min, int max, int fallback, out int value, out string error)
        {
            if (!JsonFields.TryCount(json, name, false, out value, out error))
            {
                error = "settings: " + error;
                return false;
            }

            if (value == JsonFields.Absent)
            {
                value = fallback;
                return true;
            }

            if (value < min || value > max)
            {
                error = "settings: '" + name + "' must be " + min.ToString() + ".." + max.ToString();
                return false;
            }

            return true;
        }
    }
}
