using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Central.SiteViews.Tests.Statistics;

/// <summary>
/// Two business days of one hall, every figure worked out by hand (the expected values in the
/// tests below follow from these times). Local time is UTC+1 (December in Poland).
/// </summary>
internal static class KnownDay
{
    public const string Site = "olsztyn";

    public static readonly DateOnly Day1 = new(2026, 12, 1);
    public static readonly DateOnly Day2 = new(2026, 12, 2);

    public static DateTimeOffset On1(int hour, int minute, int second = 0) => new(2026, 12, 1, hour, minute, second, TimeSpan.FromHours(1));

    public static DateTimeOffset On2(int hour, int minute, int second = 0) => new(2026, 12, 2, hour, minute, second, TimeSpan.FromHours(1));

    public static HallEvent[] Events() =>
    [
        new BusinessDayStarted(On1(7, 0), Day1, On1(0, 0)),
        new CounterOpened(On1(7, 55), 1),
        new CounterOpened(On1(7, 55), 2),
        new TicketIssued(On1(8, 0), 1, "A", 1, "A001"),
        new TicketIssued(On1(8, 1), 2, "A", 2, "A002"),
        new TicketIssued(On1(8, 2), 3, "B", 1, "B001"),
        new BookedVisitCheckedIn(On1(8, 5), 4, "A", 3, "A003", "K7P2Q", On1(8, 10)),   // 5 min early
        new TicketCalled(On1(8, 3), 1, "A001", 1, 1),                                  // waited 3:00
        new TicketCalled(On1(8, 4), 2, "A002", 2, 1),                                  // waited 3:00
        new TicketSetAside(On1(8, 6), 2, "A002", 2, 1),
        new TicketCalled(On1(8, 6, 30), 3, "B001", 2, 1),                              // waited 4:30
        new TicketServed(On1(8, 8), 1, "A001", 1, TimeSpan.FromMinutes(5)),
        new TicketServed(On1(8, 9, 30), 3, "B001", 2, TimeSpan.FromMinutes(3)),
        new TicketCalled(On1(8, 9, 40), 2, "A002", 2, 2),                              // a repeat call, no new wait
        new TicketRemovedAfterNoShows(On1(8, 10), 2, "A002", 2, 3),
        new TicketCalled(On1(8, 12), 4, "A003", 1, 1),                                 // due 8:10 → waited 2:00, on time
        new TicketTransferred(On1(8, 13), 4, "A003", 1, "A", "B"),
        new TicketCalled(On1(8, 14), 4, "A003", 2, 1),
        new TicketServed(On1(8, 20), 4, "A003", 2, TimeSpan.FromMinutes(6)),           // served in B
        new BookedVisitCheckedIn(On1(8, 30), 5, "A", 4, "A004", "Z9X8C", On1(8, 20)),  // 10 min late
        new TicketCalled(On1(8, 31), 5, "A004", 1, 1),                                 // due 8:30 → waited 1:00, late call
        new TicketServed(On1(8, 35), 5, "A004", 1, TimeSpan.FromMinutes(4)),
        new TicketIssued(On1(15, 0), 6, "A", 5, "A005"),
        new TicketCancelled(On1(16, 0), 6, "A005", TicketCancelled.DayEnded),
        new BusinessDayStarted(On2(7, 0), Day2, On2(0, 0)),
        new TicketIssued(On2(8, 0), 7, "A", 1, "A001"),
        new TicketCalled(On2(8, 10), 7, "A001", 1, 1),                                 // waited 10:00
        new TicketServed(On2(8, 15), 7, "A001", 1, TimeSpan.FromMinutes(5)),
    ];
}
