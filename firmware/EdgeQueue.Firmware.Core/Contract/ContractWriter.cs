using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>Writes the device → hub messages of the contract (DESIGN.md §4), camelCase, nulls left out.</summary>
    public static class ContractWriter
    {
        private static readonly byte[] Will = new JsonWriter().BeginObject().Property("online", false).EndObject().ToUtf8();

        /// <summary>An event; <paramref name="fieldName"/>/<paramref name="fieldValue"/> carry "category", "to" or "code" when the kind needs one.</summary>
        public static byte[] Event(string id, string kind, string fieldName, string fieldValue)
        {
            var json = new JsonWriter().BeginObject().Property("id", id).Property("kind", kind);
            if (fieldName != null && fieldValue != null)
            {
                json.Property(fieldName, fieldValue);
            }

            return json.EndObject().ToUtf8();
        }

        /// <summary>The retained state of a device that is online.</summary>
        public static byte[] State(DeviceStateReport report)
        {
            var json = new JsonWriter().BeginObject()
                .Property("online", true)
                .Property("fw", report.Firmware)
                .Property("boot", report.BootId)
                .Property("uptimeS", report.UptimeSeconds);
            if (report.Rssi != 0)
            {
                json.Property("rssi", report.Rssi);
            }

            if (report.FreeMemory >= 0)
            {
                json.Property("freeMem", report.FreeMemory);
            }

            json.OptionalProperty("paper", report.Paper);
            if (report.ConfigVersion > 0)
            {
                json.Property("configVersion", report.ConfigVersion);
            }

            if (report.Log != null && report.Log.Length > 0)
            {
                json.Property("log", report.Log);
            }

            return json.EndObject().ToUtf8();
        }

        /// <summary><c>{"online":false}</c>: the will, and what a clean shutdown publishes.</summary>
        public static byte[] Offline()
        {
            var copy = new byte[Will.Length];
            System.Array.Copy(Will, copy, Will.Length);
            return copy;
        }
    }
}
