using Contract = EdgeQueue.Contracts.Messages.Sync.Events;
using Store = EdgeQueue.Queue.Events;

namespace EdgeQueue.Hub.Central;

/// <summary>
/// The queue store's events as central is told them (the hall event contract). The one place the
/// store's schema meets the sync contract: a store change that central must see is a change here
/// and in the contract, with its golden file; anything else stays inside the hall. Every store
/// event has a counterpart, so the outbox sequence central checks stays gap-free.
/// </summary>
public static class HallEventMapping
{
    public static Contract.HallEvent ToContract(Store.QueueEvent stored) => stored switch
    {
        Store.BusinessDayStarted e => new Contract.BusinessDayStarted(e.At, e.Day, e.DayStart),
        Store.TicketIssued e => new Contract.TicketIssued(e.At, e.TicketId, e.Category, e.DailySequence, e.Number),
        Store.BookedVisitCheckedIn e => new Contract.BookedVisitCheckedIn(e.At, e.TicketId, e.Category, e.DailySequence, e.Number, e.BookingCode, e.VisitTime),
        Store.TicketPrinted e => new Contract.TicketPrinted(e.At, e.TicketId, e.Number),
        Store.TicketNotPrinted e => new Contract.TicketNotPrinted(e.At, e.TicketId, e.Number, e.Reason),
        Store.TicketCalled e => new Contract.TicketCalled(e.At, e.TicketId, e.Number, e.Counter, e.CallCount),
        Store.TicketRecalled e => new Contract.TicketRecalled(e.At, e.TicketId, e.Number, e.Counter, e.CallCount),
        Store.TicketSetAside e => new Contract.TicketSetAside(e.At, e.TicketId, e.Number, e.Counter, e.CallCount),
        Store.TicketRemovedAfterNoShows e => new Contract.TicketRemovedAfterNoShows(e.At, e.TicketId, e.Number, e.Counter, e.CallCount),
        Store.TicketServed e => new Contract.TicketServed(e.At, e.TicketId, e.Number, e.Counter, e.ServiceTime),
        Store.TicketTransferred e => new Contract.TicketTransferred(e.At, e.TicketId, e.Number, e.Counter, e.FromCategory, e.ToCategory),
        Store.TicketCancelled e => new Contract.TicketCancelled(e.At, e.TicketId, e.Number, e.Reason),
        Store.CounterOpened e => new Contract.CounterOpened(e.At, e.Counter),
        Store.CounterClosed e => new Contract.CounterClosed(e.At, e.Counter),
        // The visitor's name stays in the hall: central holds it already (DESIGN.md §5 rule 5).
        Store.BookingRegistered e => new Contract.BookingRegistered(e.At, e.Code, e.Category, e.VisitTime, e.Version),
        Store.BookingChanged e => new Contract.BookingChanged(e.At, e.Code, e.Category, e.VisitTime, e.Version),
        Store.BookingCancelled e => new Contract.BookingCancelled(e.At, e.Code, e.Version),
        _ => throw new ArgumentException($"the store event {stored.Name} has no hall event contract counterpart: add one (protocol/EdgeQueue.Contracts/Messages/Sync/Events) with its golden file", nameof(stored)),
    };
}
