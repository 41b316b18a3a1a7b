using System.Text.Json.Serialization;

namespace EdgeQueue.Queue.Events;

/// <summary>
/// Something that happened to the site's queue, in the past tense. Events are the record: the
/// store keeps them in order and the current state is rebuilt from them. Never change the meaning
/// or the name of a committed event; add a new one instead.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(BusinessDayStarted), nameof(BusinessDayStarted))]
[JsonDerivedType(typeof(TicketCancelled), nameof(TicketCancelled))]
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
[JsonDerivedType(typeof(CounterOpened), nameof(CounterOpened))]
[JsonDerivedType(typeof(CounterClosed), nameof(CounterClosed))]
[JsonDerivedType(typeof(BookingRegistered), nameof(BookingRegistered))]
[JsonDerivedType(typeof(BookingChanged), nameof(BookingChanged))]
[JsonDerivedType(typeof(BookingCancelled), nameof(BookingCancelled))]
public abstract record QueueEvent(DateTimeOffset At)
{
    /// <summary>The name stored with the event and sent to central (the JSON "type").</summary>
    [JsonIgnore]
    public string Name => GetType().Name;
}
