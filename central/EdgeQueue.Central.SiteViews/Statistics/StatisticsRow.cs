namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>
/// The figures of one site, day and category or counter.
/// <list type="bullet">
/// <item><see cref="Tickets"/>: per category, tickets issued (walk-ins and booked check-ins); per counter, tickets called there.</item>
/// <item>Waits run from issue (or check-in) to the ticket's first call; a category counts the tickets issued in it, a counter the tickets it called first.</item>
/// <item>Service times come from <c>TicketServed</c> (from the last call to Done), in the category the ticket had when served.</item>
/// <item><see cref="NoShows"/>: tickets removed after the last unanswered call; <see cref="Cancelled"/>: left unserved otherwise (day ended).</item>
/// <item>Booked visits: checked in (category) or first called (counter); on time when first called no later than the booked time plus the tolerance; late arrivals checked in after the booked time.</item>
/// </list>
/// Means and 90th percentiles (nearest rank) are null when there is nothing to measure.
/// </summary>
public sealed record StatisticsRow(
    string Site,
    DateOnly Day,
    StatisticsDimension Dimension,
    string Key,
    int Tickets,
    int Served,
    int NoShows,
    int Cancelled,
    TimeSpan? WaitMean,
    TimeSpan? WaitP90,
    TimeSpan? ServiceMean,
    TimeSpan? ServiceP90,
    int BookedVisits,
    int BookedCalled,
    int BookedOnTime,
    int BookedLateArrivals);
