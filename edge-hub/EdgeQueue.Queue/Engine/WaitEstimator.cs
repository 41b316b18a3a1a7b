using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Engine;

/// <summary>
/// The expected call order of a category and the wait estimate of DESIGN.md §6: position in the
/// category × recent mean service time of the category ÷ open counters serving it. A booked visit
/// is never estimated earlier than its own time.
/// </summary>
public sealed class WaitEstimator(SiteConfiguration configuration)
{
    /// <summary>Waiting tickets of the category: due booked visits first, then walk-ins and later bookings by time.</summary>
    public IReadOnlyList<TicketState> CallOrder(QueueState state, string category, DateTimeOffset now) =>
        state.Tickets.Values
            .Where(t => t.Status == TicketStatus.Waiting && string.Equals(t.Category, category, StringComparison.Ordinal))
            .OrderBy(t => CallSelector.IsDueBooking(t, now, configuration.BookedCallEarlyWindow) ? 0 : 1)
            .ThenBy(t => t.Kind == TicketKind.Booked ? t.VisitTime!.Value - configuration.BookedCallEarlyWindow : t.IssuedAt)
            .ThenBy(t => t.Id)
            .ToList();

    public TimeSpan MeanServiceTime(QueueState state, string category)
    {
        var times = state.CategoryDayOf(category).RecentServiceTimes;
        if (times.Count == 0)
        {
            return configuration.FindCategory(category)?.DefaultServiceTime ?? TimeSpan.FromMinutes(5);
        }

        var recent = times.Skip(Math.Max(0, times.Count - configuration.ServiceTimeSampleSize)).ToList();
        return TimeSpan.FromTicks((long)recent.Average(t => t.Ticks));
    }

    public int OpenCountersServing(QueueState state, string category) =>
        configuration.Counters.Count(c => state.CounterOf(c.Number).Open && c.Categories.Contains(category, StringComparer.Ordinal));

    /// <summary>Minutes until the ticket at <paramref name="position"/> (1 = next) is expected to be called.</summary>
    public int? EtaMinutes(QueueState state, TicketState ticket, int position, DateTimeOffset now)
    {
        var counters = OpenCountersServing(state, ticket.Category);
        if (counters == 0)
        {
            return null;
        }

        var minutes = position * MeanServiceTime(state, ticket.Category).TotalMinutes / counters;
        if (ticket is { Kind: TicketKind.Booked, VisitTime: { } visit })
        {
            minutes = Math.Max(minutes, (visit - configuration.BookedCallEarlyWindow - now).TotalMinutes);
        }

        return (int)Math.Ceiling(Math.Max(0, minutes));
    }
}
