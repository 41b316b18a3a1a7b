using System.Text.Json.Serialization;

namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>
/// Something that happened in a hall, as central is told it (hub → central, inside
/// <see cref="SyncedEvent.Data"/>, with its <c>"type"</c>). The hub maps its store's events to these
/// records, so the store's schema can change without central noticing. Contract version
/// <see cref="HallEvents.Version"/>: a newer hub may add fields (ignored here) and types (stored and
/// reported by central, never a stalled sync); a field's meaning never changes.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BusinessDayStarted), nameof(BusinessDayStarted))]
[JsonDerivedType(typeof(TicketIssued), nameof(TicketIssued))]
[JsonDerivedType(typeof(BookedVisitCheckedIn), nameof(BookedVisitCheckedIn))]
[JsonDerivedType(typeof(TicketPrinted), nameof(TicketPrinted))]
[JsonDerivedType(typeof(TicketNotPrinted), nameof(TicketNotPrinted))]
[JsonDerivedType(typeof(TicketCalled), nameof(TicketCalled))]
[JsonDerivedType(typeof(TicketRecalled), nameof(TicketRecalled))]
[JsonDerivedType(typeof(TicketSetAside), nameof(TicketSetAside))]
[JsonDerivedType(typeof(TicketRemovedAfterNoShows), nameof(TicketRemovedAfterNoShows))]
[JsonDerivedType(typeof(TicketServed), nameof(TicketServed))]
[JsonDerivedType(typeof(TicketTransferred), nameof(TicketTransferred))]
[JsonDerivedType(typeof(TicketCancelled), nameof(TicketCancelled))]
[JsonDerivedType(typeof(CounterOpened), nameof(CounterOpened))]
[JsonDerivedType(typeof(CounterClosed), nameof(CounterClosed))]
[JsonDerivedType(typeof(BookingRegistered), nameof(BookingRegistered))]
[JsonDerivedType(typeof(BookingChanged), nameof(BookingChanged))]
[JsonDerivedType(typeof(BookingCancelled), nameof(BookingCancelled))]
public abstract record HallEvent(DateTimeOffset At)
{
    /// <summary>The name sent as <see cref="SyncedEvent.Type"/> and as the JSON "type".</summary>
    [JsonIgnore]
    public string Name => GetType().Name;
}
