using System.Globalization;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>
/// Folds one site's hall events (the hub → central contract, <see cref="HallEvent"/>), in sequence order, into per-day figures by category and by
/// counter. Only the tickets of the current business day are remembered; the figures grow by a
/// few numbers per ticket. Not thread-safe: <see cref="StatisticsReadModel"/> serialises access.
/// </summary>
public sealed class SiteStatisticsFold(string site, StatisticsOptions options)
{
    /// <summary>
    /// Reasons kept per site: enough to show a technician what is wrong; a hall on a newer version
    /// may send thousands of unknown events a day, and those are counted, not each remembered.
    /// </summary>
    public const int ProblemsKept = 20;

    private readonly Dictionary<StatisticsKey, FigureAccumulator> _figures = [];
    private readonly Dictionary<long, TrackedTicket> _tickets = [];
    private readonly List<string> _problems = [];
    private DateOnly? _day;

    public string Site { get; } = site;

    /// <summary>The highest sequence number folded in; records at or below it are ignored as repeats.</summary>
    public long LastSeq { get; private set; }

    /// <summary>The first <see cref="ProblemsKept"/> stored events that could not be read, with the reason (they are skipped, not guessed).</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Every event skipped so far (unreadable or of an unknown type).</summary>
    public int SkippedEvents { get; private set; }

    /// <summary>
    /// Events of a type newer than this central knows (a hall on a newer version): stored by the
    /// sync, acknowledged, reported here, and not counted — the figures of the known types go on.
    /// </summary>
    public int UnknownEvents { get; private set; }

    public void Apply(SiteEventRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Seq <= LastSeq)
        {
            return;
        }

        LastSeq = record.Seq;
        if (!HallEventJson.TryRead(record.Type, record.Json, out var hallEvent, out var problem, out var unknownType))
        {
            UnknownEvents += unknownType ? 1 : 0;
            SkippedEvents++;
            if (_problems.Count < ProblemsKept)
            {
                _problems.Add(string.Create(CultureInfo.InvariantCulture, $"{Site} #{record.Seq} ({record.Type}): {problem}"));
            }

            return;
        }

        Apply(hallEvent);
    }

    public void Apply(HallEvent hallEvent)
    {
        ArgumentNullException.ThrowIfNull(hallEvent);
        switch (hallEvent)
        {
            case BusinessDayStarted started:
                _day = started.Day;
                _tickets.Clear();
                break;
            case TicketIssued issued:
                Track(issued.TicketId, issued.Category, issued.At, visitTime: null);
                break;
            case BookedVisitCheckedIn checkedIn:
                CheckIn(checkedIn);
                break;
            case TicketCalled called:
                Call(called);
                break;
            case TicketTransferred transferred when _tickets.TryGetValue(transferred.TicketId, out var ticket):
                ticket.Category = transferred.ToCategory;
                break;
            case TicketServed served when _tickets.Remove(served.TicketId, out var ticket):
                foreach (var figures in Both(ticket, served.Counter))
                {
                    figures.Served++;
                    figures.ServiceTimes.Add(served.ServiceTime);
                }

                break;
            case TicketRemovedAfterNoShows removed when _tickets.Remove(removed.TicketId, out var ticket):
                foreach (var figures in Both(ticket, removed.Counter))
                {
                    figures.NoShows++;
                }

                break;
            case TicketCancelled cancelled when _tickets.Remove(cancelled.TicketId, out var ticket):
                Figures(ticket.Day, StatisticsDimension.Category, ticket.Category).Cancelled++;
                break;
        }
    }

    public IEnumerable<StatisticsRow> Rows() => _figures.Select(pair => pair.Value.ToRow(pair.Key));

    /// <summary>One row per category and counter for the days from <paramref name="from"/> to <paramref name="to"/> together, dated <paramref name="from"/>.</summary>
    public IEnumerable<StatisticsRow> Totals(DateOnly from, DateOnly to) => _figures
        .Where(pair => pair.Key.Day >= from && pair.Key.Day <= to)
        .GroupBy(pair => (pair.Key.Dimension, pair.Key.Key))
        .Select(group => FigureAccumulator.Merge(group.Select(pair => pair.Value))
            .ToRow(new StatisticsKey(Site, from, group.Key.Dimension, group.Key.Key)));

    private void CheckIn(BookedVisitCheckedIn checkedIn)
    {
        var ticket = Track(checkedIn.TicketId, checkedIn.Category, checkedIn.At, checkedIn.VisitTime);
        var figures = Figures(ticket.Day, StatisticsDimension.Category, ticket.IssueCategory);
        figures.BookedVisits++;
        if (checkedIn.At > checkedIn.VisitTime)
        {
            figures.BookedLateArrivals++;
        }
    }

    private TrackedTicket Track(long ticketId, string category, DateTimeOffset at, DateTimeOffset? visitTime)
    {
        var ticket = new TrackedTicket(DayOf(at), category, at, visitTime);
        _tickets[ticketId] = ticket;
        Figures(ticket.Day, StatisticsDimension.Category, category).Tickets++;
        return ticket;
    }

    private void Call(TicketCalled called)
    {
        if (!_tickets.TryGetValue(called.TicketId, out var ticket))
        {
            return;
        }

        var atCounter = Figures(ticket.Day, StatisticsDimension.Counter, CounterKey(called.Counter));
        if (ticket.CountersCalledAt.Add(called.Counter))
        {
            atCounter.Tickets++;
        }

        if (ticket.Called)
        {
            return;
        }

        ticket.Called = true;
        // A booked visit is due at its time: arriving early is not waiting for the hall.
        var due = ticket.VisitTime is { } visit && visit > ticket.IssuedAt ? visit : ticket.IssuedAt;
        var wait = called.At > due ? called.At - due : TimeSpan.Zero;
        var inCategory = Figures(ticket.Day, StatisticsDimension.Category, ticket.IssueCategory);
        inCategory.Waits.Add(wait);
        atCounter.Waits.Add(wait);
        if (ticket.VisitTime is { } booked)
        {
            atCounter.BookedVisits++;
            var onTime = called.At <= booked + options.OnTimeTolerance;
            foreach (var figures in new[] { inCategory, atCounter })
            {
                figures.BookedCalled++;
                figures.BookedOnTime += onTime ? 1 : 0;
            }
        }
    }

    private FigureAccumulator[] Both(TrackedTicket ticket, int counter) =>
    [
        Figures(ticket.Day, StatisticsDimension.Category, ticket.Category),
        Figures(ticket.Day, StatisticsDimension.Counter, CounterKey(counter)),
    ];

    private FigureAccumulator Figures(DateOnly day, StatisticsDimension dimension, string key)
    {
        var id = new StatisticsKey(Site, day, dimension, key);
        if (!_figures.TryGetValue(id, out var figures))
        {
            figures = new FigureAccumulator();
            _figures[id] = figures;
        }

        return figures;
    }

    private DateOnly DayOf(DateTimeOffset at) =>
        _day ?? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, options.TimeZone).DateTime);

    private static string CounterKey(int counter) => counter.ToString(CultureInfo.InvariantCulture);
}
