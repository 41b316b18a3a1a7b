namespace EdgeQueue.Contracts.Messages;

/// <summary>The <c>kind</c> values of a device event (DESIGN.md §4).</summary>
public static class DeviceEventKinds
{
    public const string TicketRequest = "ticket.request";
    public const string CounterNext = "counter.next";
    public const string CounterRecall = "counter.recall";
    public const string CounterNoShow = "counter.noshow";
    public const string CounterDone = "counter.done";
    public const string CounterTransfer = "counter.transfer";
    public const string CheckIn = "checkin";

    public static IReadOnlyList<string> All { get; } =
        [TicketRequest, CounterNext, CounterRecall, CounterNoShow, CounterDone, CounterTransfer, CheckIn];

    public static bool IsKnown(string kind) => All.Contains(kind, StringComparer.Ordinal);
}
