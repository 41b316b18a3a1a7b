namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>The topics one device uses, prefix <c>eq/v1/{site}</c> (DESIGN.md §4).</summary>
    public sealed class DeviceTopics
    {
        public DeviceTopics(string siteId, string deviceId)
        {
            var prefix = "eq/v1/" + siteId;
            var device = prefix + "/device/" + deviceId + "/";
            Event = device + "event";
            Reply = device + "reply";
            State = device + "state";
            Config = device + "config";
            Show = device + "show";
            HallCalls = prefix + "/hall/calls";
            HubState = prefix + "/hub/state";
        }

        public string Event { get; }

        public string Reply { get; }

        public string State { get; }

        public string Config { get; }

        public string Show { get; }

        public string HallCalls { get; }

        /// <summary>The hub's retained presence; its will says offline the moment the hub is gone.</summary>
        public string HubState { get; }

        /// <summary>What the device subscribes to: exactly what the broker's ACL lets it read (rule 4).</summary>
        public string[] Subscriptions
        {
            get { return new[] { Reply, Config, Show, HallCalls, HubState }; }
        }
    }
}
