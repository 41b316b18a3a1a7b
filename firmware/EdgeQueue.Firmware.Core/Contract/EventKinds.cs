namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>The <c>kind</c> values of a device event (DESIGN.md §4; EdgeQueue.Contracts DeviceEventKinds).</summary>
    public static class EventKinds
    {
        public const string TicketRequest = "ticket.request";
        public const string CounterNext = "counter.next";
        public const string CounterRecall = "counter.recall";
        public const string CounterNoShow = "counter.noshow";
        public const string CounterDone = "counter.done";
        public const string CounterTransfer = "counter.transfer";
    }
}
