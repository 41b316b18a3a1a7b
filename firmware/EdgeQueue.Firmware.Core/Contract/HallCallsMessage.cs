using System.Collections;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>Hub → boards on <c>…/hall/calls</c> (retained): the last calls, newest first.</summary>
    public sealed class HallCallsMessage
    {
        private HallCallsMessage(HallCall[] calls)
        {
            Calls = calls;
        }

        public HallCall[] Calls { get; }

        /// <summary>The newest call to <paramref name="counter"/>, or null.</summary>
        public HallCall LatestFor(int counter)
        {
            for (var i = 0; i < Calls.Length; i++)
            {
                if (Calls[i].Counter == counter)
                {
                    return Calls[i];
                }
            }

            return null;
        }

        public static bool TryParse(byte[] payload, out HallCallsMessage calls, out string error)
        {
            calls = null;
            JsonObject json;
            if (!JsonReader.TryParseObject(payload, out json, out error))
            {
                return false;
            }

            var list = json.Get("calls") as ArrayList;
            if (list == null)
            {
                error = "hall calls: 'calls' must be an array";
                return false;
            }

            var result = new HallCall[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                var item = list[i] as JsonObject;
                if (item == null)
                {
                    error = "hall calls: 'calls[" + i.ToString() + "]' must be an object";
                    return false;
                }

                string ticket, at;
                int counter;
                bool recall;
                if (!JsonFields.TryString(item, "ticket", true, out ticket, out error)
                    || !JsonFields.TryCount(item, "counter", true, out counter, out error)
                    || !JsonFields.TryString(item, "at", true, out at, out error)
                    || !JsonFields.TryBool(item, "recall", false, out recall, out error))
                {
                    error = "hall calls: 'calls[" + i.ToString() + "]': " + error;
                    return false;
                }

                result[i] = new HallCall(ticket, counter, at, recall);
            }

            calls = new HallCallsMessage(result);
            return true;
        }
    }
}
