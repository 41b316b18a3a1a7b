using System.Collections;
using EdgeQueue.Firmware.Core.Json;

namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// Hub → device on <c>…/device/{id}/show</c> (retained): a keypad's text and waiting count, a
    /// dispenser's category lights. <see cref="Paper"/> is read when present: the contract does not
    /// define it yet (see firmware/README.md, "Contract gaps").
    /// </summary>
    public sealed class DeviceShowMessage
    {
        private Hashtable _categories;

        private DeviceShowMessage()
        {
        }

        public string Text { get; private set; }

        public int Waiting { get; private set; }

        /// <summary>"ok", "low", "out" or null when the hub did not say.</summary>
        public string Paper { get; private set; }

        /// <summary>"open", "closed" or null when the show message does not mention the category.</summary>
        public string CategoryState(string category)
        {
            return _categories == null || category == null ? null : _categories[category] as string;
        }

        public static bool TryParse(byte[] payload, out DeviceShowMessage show, out string error)
        {
            show = null;
            JsonObject json;
            if (!JsonReader.TryParseObject(payload, out json, out error))
            {
                return false;
            }

            string text, paper;
            int waiting;
            Hashtable categories;
            if (!JsonFields.TryString(json, "text", false, out text, out error)
                || !JsonFields.TryCount(json, "waiting", false, out waiting, out error)
                || !JsonFields.TryStringMap(json, "categories", out categories, out error)
                || !JsonFields.TryString(json, "paper", false, out paper, out error))
            {
                error = "show: " + error;
                return false;
            }

            show = new DeviceShowMessage
            {
                Text = text,
                Waiting = waiting,
                _categories = categories,
                Paper = paper,
            };
            return true;
        }
    }
}
