using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// Hub → device on <c>…/device/{id}/reply</c>: the result of the event <see cref="Re"/>.
    /// Integers the reply does not carry are <see cref="JsonFields.Absent"/>.
    /// </summary>
    public sealed class DeviceReplyMessage
    {
        private DeviceReplyMessage()
        {
        }

        public string Re { get; private set; }

        public bool Ok { get; private set; }

        public string Ticket { get; private set; }

        public int Waiting { get; private set; }

        public int EtaMin { get; private set; }

        public int Counter { get; private set; }

        public string Error { get; private set; }

        public string Message { get; private set; }

        public static bool TryParse(byte[] payload, out DeviceReplyMessage reply, out string error)
        {
            reply = null;
            JsonObject json;
            if (!JsonReader.TryParseObject(payload, out json, out error))
            {
                return false;
            }

            string re, ticket, failure, message;
            bool ok;
            int waiting, eta, counter;
            if (!JsonFields.TryString(json, "re", true, out re, out error)
                || !JsonFields.TryBool(json, "ok", true, out ok, out error)
                || !JsonFields.TryString(json, "ticket", false, out ticket, out error)
                || !JsonFields.TryCount(json, "waiting", false, out waiting, out error)
                || !JsonFields.TryCount(json, "etaMin", false, out eta, out error)
                || !JsonFields.TryCount(json, "counter", false, out counter, out error)
                || !JsonFields.TryString(json, "error", false, out failure, out error)
                || !JsonFields.TryString(json, "message", false, out message, out error))
            {
                error = "reply: " + error;
                return false;
            }

            reply = new DeviceReplyMessage
            {
                Re = re,
                Ok = ok,
                Ticket = ticket,
                Waiting = waiting,
                EtaMin = eta,
                Counter = counter,
                Error = failure,
                Message = message,
            };
            return true;
        }
    }
}
