using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Engine;

/// <summary>
/// Who a counter calls next (DESIGN.md §6), in this order: a set-aside no-show whose turn has come
/// back at this counter (or whose own counter has closed); a checked-in booked visit whose time has
/// come (within the early window); the walk-in by the counter's policy; last, a set-aside no-show of
/// this counter whose turn has not come back yet, since nobody else is waiting.
/// </summary>
public static class CallSelector
{
    public static TicketState? Select(
        QueueState state,
        CounterDefinition counter,
        DateTimeOffset now,
        TimeSpan bookedEarlyWindow,
        long? exclude = null)
    {
        var serves = counter.Categories;
        var candidates = state.OpenTickets.Where(t => t.Id != exclude && serves.Contains(t.Category, StringComparer.Ordinal)).ToList();
        var callSequence = state.CounterOf(counter.Number).CallSequence;

        var returning = candidates
            .Where(t => t.Status == TicketStatus.SetAside && (t.Counter == counter.Number
                ? callSequence >= t.ReturnAfterCall
                : !state.CounterOf(t.Counter ?? 0).Open))
            .MinBy(t => (t.IssuedAt, t.Id));
        if (returning is not null)
        {
            return returning;
        }

        var booked = candidates
            .Where(t => t.Status == TicketStatus.Waiting && IsDueBooking(t, now, bookedEarlyWindow))
            .MinBy(t => (t.VisitTime, t.Id));
        if (booked is not null)
        {
            return booked;
        }

        var walkIns = candidates.Where(t => t.Status == TicketStatus.Waiting && t.Kind == TicketKind.WalkIn);
        var walkIn = counter.Policy == CallPolicy.StrictOrder
            ? walkIns.MinBy(t => (IndexOf(serves, t.Category), t.IssuedAt, t.Id))
            : walkIns.MinBy(t => (t.IssuedAt, t.Id));
        return walkIn ?? candidates
            .Where(t => t.Status == TicketStatus.SetAside && t.Counter == counter.Number)
            .MinBy(t => (t.IssuedAt, t.Id));
    }

    /// <summary>A checked-in booked visit whose time (less the early window) has come.</summary>
    public static bool IsDueBooking(TicketState ticket, DateTimeOffset now, TimeSpan earlyWindow) =>
        ticket is { Kind: TicketKind.Booked, VisitTime: { } visit } && visit - earlyWindow <= now;

    private static int IndexOf(IReadOnlyList<string> categories, string category)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (string.Equals(categories[i], category, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
