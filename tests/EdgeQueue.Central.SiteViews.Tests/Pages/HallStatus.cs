using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>A site's status as its hub publishes it: category A with the waiting tickets (4 min each), counters with their tickets.</summary>
internal static class HallStatus
{
    public static SyncSiteStatus Of(DateTimeOffset at, IReadOnlyList<string> waiting, params (int Counter, string? Ticket)[] counters) => new(
        at,
        [
            new SyncCategoryStatus("A", "Dowody osobiste", true, [.. waiting.Select((t, i) => new SyncWaitingTicket(t, (i + 1) * 4))]),
            new SyncCategoryStatus("B", "Rejestracja pojazdów", true, []),
        ],
        [.. counters.Select(c => new SyncCounterStatus(c.Counter, true, c.Ticket))]);
}
