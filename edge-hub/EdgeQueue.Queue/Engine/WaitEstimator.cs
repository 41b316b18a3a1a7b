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
        [.. Waiting(state, category).OrderBy(t => OrderKey(t, now))];

    /// <summary>How many waiting tickets of its category come before <paramref name="ticket"/> (one pass, no sorting).</summary>
    /// <remarks>A plain loop: every issue runs it over the open tickets of the whole hall, most of them of other categories.</remarks>
    public int PeopleAhead(QueueState state, TicketState ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(ticket);
        var key = OrderKey(ticket, now);
        var open = state.OpenTickets;
        var ahead = 0;
        for (var i = 0; i < open.Count; i++)
        {
            var other = open[i];
            if (IsWaitingIn(other, ticket.Category) && OrderKey(other, now).CompareTo(key) < 0)
            {
                ahead++;
            }
        }

        return ahead;
    }

    private static IEnumerable<TicketState> Waiting(QueueState state, string category) =>
        state.OpenTickets.Where(t => IsWaitingIn(t, category));

    private static bool IsWaitingIn(TicketState ticket, string category) =>
        ticket.Status == TicketStatus.Waiting && string.Equals(ticket.Category, category, StringComparison.Ordinal);

    private (int Group, DateTimeOffset At, long Id) OrderKey(TicketState ticket, DateTimeOffset now) =>
        CallSelector.IsDueBooking(ticket, now, configuration.BookedCallEarlyWindow)
            ? (0, ticket.VisitTime!.Value, ticket.Id)
            : (1, ticket.Kind == TicketKind.Booked ? ticket.VisitTime!.Value - configuration.BookedCallEarlyWindow : ticket.IssuedAt, ticket.Id);

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
        configuration.Counters.Count(c => Serves(c, category) && state.CounterOf(c.Number).Open);

    private int CountersConfiguredFor(string category) => configuration.Counters.Count(c => Serves(c, category));

    private static bool Serves(CounterDefinition counter, string category) => counter.Categories.Contains(category, StringComparer.Ordinal);

    /// <summary>
    /// Minutes until the ticket at <paramref name="position"/> (1 = next) is expected to be called;
    /// null only when no counter of the site serves the category at all.
    /// </summary>
    /// <remarks>
    /// Before the hall opens (or while every clerk of the category is away) no counter is open: the
    /// counters configured for the category stand in for the open ones, so a ticket printed at 7:55
    /// says how long the day's staffing takes instead of "0 min".
    /// </remarks>
    public int? EtaMinutes(QueueState state, TicketState ticket, int position, DateTimeOffset now)
    {
        var counters = OpenCountersServing(state, ticket.Category);
        if (counters == 0)
        {
            counters = CountersConfiguredFor(ticket.Category);
        }

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
