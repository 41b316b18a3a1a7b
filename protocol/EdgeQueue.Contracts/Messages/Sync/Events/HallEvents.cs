namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>The hall event contract: its version and the event types this version knows.</summary>
public static class HallEvents
{
    /// <summary>Sent with every batch (<see cref="SyncEventBatch.V"/>); raised when a type or field is added.</summary>
    public const int Version = 1;

    public static IReadOnlyList<string> Names { get; } = [nameof(BusinessDayStarted), nameof(TicketIssued), nameof(BookedVisitCheckedIn), nameof(TicketPrinted), nameof(TicketNotPrinted), nameof(TicketCalled), nameof(TicketRecalled), nameof(TicketSetAside), nameof(TicketRemovedAfterNoShows), nameof(TicketServed), nameof(TicketTransferred), nameof(TicketCancelled), nameof(CounterOpened), nameof(CounterClosed), nameof(BookingRegistered), nameof(BookingChanged), nameof(BookingCancelled)];

    public static bool IsKnown(string type) => Names.Contains(type, StringComparer.Ordinal);
}
