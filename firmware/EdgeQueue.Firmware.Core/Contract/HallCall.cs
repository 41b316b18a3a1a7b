namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>One call on the hall boards: ticket → counter.</summary>
    public sealed class HallCall
    {
        public HallCall(string ticket, int counter, string at, bool recall)
        {
            Ticket = ticket;
            Counter = counter;
            At = at;
            Recall = recall;
        }

        public string Ticket { get; }

        public int Counter { get; }

        /// <summary>ISO 8601 time with offset, as the hub wrote it (the device has no use for parsing it).</summary>
        public string At { get; }

        public bool Recall { get; }
    }
}
