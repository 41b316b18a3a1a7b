namespace EdgeQueue.Simulation.Reporting;

/// <summary>The figures of a day in a hall, computed from the tickets' outcomes.</summary>
public sealed record DayStatistics(
    IReadOnlyList<CategoryFigures> Categories,
    IReadOnlyDictionary<int, int> CallsPerCounter,
    IReadOnlyList<int> WaitingByHour,
    IReadOnlyList<int> IssuedByHour,
    DateTimeOffset Opening)
{
    public int Tickets => Categories.Sum(c => c.Tickets);

    public int Served => Categories.Sum(c => c.Served);

    public int RemovedAfterNoShows => Categories.Sum(c => c.RemovedAfterNoShows);

    public int StillWaiting => Categories.Sum(c => c.StillWaiting);

    /// <param name="outcomes">Every ticket of the day.</param>
    /// <param name="opening">The hall's opening moment; hourly figures count from it.</param>
    /// <param name="hours">How many hours the hourly figures cover.</param>
    public static DayStatistics From(IReadOnlyCollection<TicketOutcome> outcomes, DateTimeOffset opening, int hours)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var categories = outcomes.GroupBy(o => o.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(Figures)
            .ToList();
        var calls = outcomes.Where(o => o.Counter is not null && o.Calls > 0)
            .GroupBy(o => o.Counter!.Value)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Calls));
        var waiting = Enumerable.Range(0, hours)
            .Select(h => opening.AddHours(h + 0.5))
            .Select(at => outcomes.Count(o => o.IssuedAt <= at && (o.FirstCalledAt ?? o.EndedAt ?? DateTimeOffset.MaxValue) > at))
            .ToList();
        var issued = Enumerable.Range(0, hours)
            .Select(h => outcomes.Count(o => o.IssuedAt >= opening.AddHours(h) && o.IssuedAt < opening.AddHours(h + 1)))
            .ToList();
        return new DayStatistics(categories, calls, waiting, issued, opening);
    }

    private static CategoryFigures Figures(IGrouping<string, TicketOutcome> tickets)
    {
        var waits = tickets.Where(t => t.Wait is not null).Select(t => t.Wait!.Value.TotalMinutes).ToList();
        var estimated = tickets.Where(t => t.Wait is not null && t.EstimatedWaitMinutes is not null && !t.Booked)
            .Select(t => Math.Abs(t.Wait!.Value.TotalMinutes - t.EstimatedWaitMinutes!.Value))
            .ToList();
        var services = tickets.Where(t => t.Service is not null).Select(t => t.Service!.Value.TotalMinutes).ToList();
        return new CategoryFigures(
            tickets.Key,
            tickets.Count(),
            tickets.Count(t => t.Booked),
            tickets.Count(t => t.End == TicketEnd.Served),
            tickets.Count(t => t.End == TicketEnd.RemovedAfterNoShows),
            tickets.Count(t => t.End == TicketEnd.StillWaiting),
            WaitFigures.Of(waits),
            estimated.Count == 0 ? 0 : estimated.Average(),
            services.Count == 0 ? 0 : services.Average());
    }
}
