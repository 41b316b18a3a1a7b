using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// Hub → all on <c>…/hub/state</c> (retained; the hub's will is <c>{"online":false}</c>): whether
    /// the hub is there to answer. Only <c>online</c> matters to a device; other fields are ignored.
    /// </summary>
    public static class HubStateMessage
    {
        public static bool TryParse(byte[] payload, out bool online, out string error)
        {
            online = false;
            JsonObject json;
            if (!JsonReader.TryParseObject(payload, out json, out error))
            {
                return false;
            }

            return JsonFields.TryBool(json, "online", true, out online, out error);
        }
    }
}
