using System.Text.Json;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Sync.Tests.Storage;

/// <summary>
/// What the sync store promises, on each database it runs on (<see cref="SqliteCentralSyncStoreTests"/>,
/// <see cref="PostgresCentralSyncStoreTests"/>): a subclass opens the store, always on the same data.
/// </summary>
public abstract class CentralSyncStoreTests
{
    protected const string Site = "poznan-libelta";

    [Fact]
    public async Task StoreEvents_ResentAndReorderedBatches_EachEventStoredOnceInOrder()
    {
        using var store = Open();

        Assert.Equal(3, store.StoreEvents(Site, Events(1, 3)).Acked);
        var again = store.StoreEvents(Site, [.. Events(2, 5).Reverse()]);

        Assert.Equal(new EventBatchOutcome(5, 2, 2, null), again);
        var stored = await store.ReadEventsAsync(Site, 0, 100);
        Assert.Equal([1L, 2, 3, 4, 5], stored.Select(e => e.Seq));
    }

    [Fact]
    public async Task StoreEvents_GroupOfSeveralSitesBatches_EachOutcomeAsIfStoredAlone()
    {
        using var store = Open();

        var outcomes = store.StoreEvents(
        [
            new SiteEventBatch(Site, Events(1, 3)),
            new SiteEventBatch("torun-1", Events(1, 2)),
            new SiteEventBatch(Site, Events(3, 5)),
            new SiteEventBatch("torun-1", Events(4, 4)),
        ]);

        Assert.Equal(
            [new EventBatchOutcome(3, 3, 0, null), new EventBatchOutcome(2, 2, 0, null), new EventBatchOutcome(5, 2, 1, null), new EventBatchOutcome(2, 0, 0, 2)],
            outcomes);
        Assert.Equal([1L, 2, 3, 4, 5], (await store.ReadEventsAsync(Site, 0, 100)).Select(e => e.Seq));
        Assert.Equal(2, store.EventsAcked("torun-1"));
    }

    [Fact]
    public async Task Store_TurnWithEventsStatusesAndDeviceLists_AllStoredTogetherAndAnOlderSnapshotKeepsTheNewer()
    {
        using var store = Open();
        var changes = new List<(string Site, SiteSyncChange Change)>();
        store.Changed += (_, e) => changes.Add((e.SiteId, e.Change));
        var at = new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

        var outcomes = store.Store(new SyncGroup(
            [new SiteEventBatch(Site, Events(1, 2))],
            new Dictionary<string, SyncSiteStatus> { [Site] = Status(at, configVersion: 3), ["torun-1"] = Status(at, configVersion: null) },
            new Dictionary<string, SyncDeviceList> { ["torun-1"] = new(at, [new SyncDevice("disp-01", "dispenser", true, LastSeen: at)]) }));
        store.Store(new SyncGroup([], new Dictionary<string, SyncSiteStatus> { [Site] = Status(at.AddMinutes(-1), configVersion: 2) },
            new Dictionary<string, SyncDeviceList>()));

        Assert.Equal(new EventBatchOutcome(2, 2, 0, null), Assert.Single(outcomes));
        var status = await store.GetStatusAsync(Site);
        Assert.Equal(at, status!.Message.At);
        var sites = await store.ListSitesAsync();
        Assert.Equal(3, sites.Single(x => x.SiteId == Site).ConfigVersionRunning);
        Assert.Equal("disp-01", Assert.Single(Assert.Single(await store.ListDevicesAsync()).Message.Devices).Id);
        Assert.Contains((Site, SiteSyncChange.Events), changes);
        Assert.Contains(("torun-1", SiteSyncChange.Devices), changes);
        Assert.Contains(("torun-1", SiteSyncChange.Status), changes);
    }

    private static SyncSiteStatus Status(DateTimeOffset at, int? configVersion) =>
        new(at, [], [new SyncCounterStatus(1, true, "A001")], configVersion);

    [Fact]
    public void StoreEvents_BatchWithGap_StoresOnlyUpToTheGap()
    {
        using var store = Open();
        store.StoreEvents(Site, Events(1, 2));

        var outcome = store.StoreEvents(Site, [.. Events(3, 3), .. Events(5, 6)]);

        Assert.Equal(new EventBatchOutcome(3, 1, 0, 3), outcome);
        Assert.Equal(3, store.EventsAcked(Site));
        Assert.Equal(6, store.StoreEvents(Site, Events(4, 6)).Acked);
    }

    [Fact]
    public void StoreEvents_AfterReopen_AckAndEventsSurvive()
    {
        using (var store = Open())
        {
            store.StoreEvents(Site, Events(1, 4));
        }

        using var reopened = Open();
        Assert.Equal(4, reopened.EventsAcked(Site));
        Assert.Equal(new EventBatchOutcome(4, 0, 4, null), reopened.StoreEvents(Site, Events(1, 4)));
    }

    [Fact]
    public async Task StoreEvents_TypeOfANewerHub_StoredAndAcknowledgedNeverAStalledSync()
    {
        using var store = Open();

        var outcome = store.StoreEvents(Site,
        [
            Event(1, "TicketTeleported", """{"type":"TicketTeleported","ticketId":17,"to":"hall B"}"""),
            .. Events(2, 3),
        ]);

        Assert.Equal(3, outcome.Acked);
        var stored = await store.ReadEventsAsync(Site, 0, 100);
        Assert.Equal("TicketTeleported", stored[0].Type);
        Assert.Contains("hall B", stored[0].Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoreEvents_CancellationAfterCheckIn_RecordedAsOvertaken()
    {
        using var store = Open();
        store.StoreEvents(Site,
        [
            Event(1, "BookedVisitCheckedIn", """{"type":"BookedVisitCheckedIn","bookingCode":"K7P2QX","number":"A004"}"""),
            Event(2, "BookingCancelled", """{"type":"BookingCancelled","code":"K7P2QX","version":9}"""),
            Event(3, "BookingCancelled", """{"type":"BookingCancelled","code":"NOTSEEN","version":10}"""),
        ]);

        var overtaken = Assert.Single(await store.ListOvertakenCancellationsAsync(null));
        Assert.Equal(("K7P2QX", "A004", 2L), (overtaken.Code, overtaken.Ticket, overtaken.CancelledSeq));
    }

    [Fact]
    public void SaveConfig_TwoSaves_VersionsGrowAndLatestIsListed()
    {
        using var store = Open();
        var draft = new SyncSiteConfig(0, [new SyncCategory("A", "Dowody", new Dictionary<string, string> { ["mon"] = "08:00-16:00" })],
            [new SyncCounter(1, ["A"])]);

        store.SaveConfig(Site, draft, "admin");
        var second = store.SaveConfig(Site, draft, "admin");

        Assert.Equal(2, second.Config.Version);
        Assert.Equal(2, Assert.Single(store.ListLatestConfigs()).Config.Version);
        Assert.Equal(2, store.GetLatestConfig(Site)!.Config.Version);
    }

    [Fact]
    public void Check_ConfigWithUnknownCategoryAndBadHours_NamesEachProblem()
    {
        var config = new SyncSiteConfig(0, [new SyncCategory("a", "", new Dictionary<string, string> { ["mon"] = "16:00-08:00", ["xyz"] = "08:00-09:00" })],
            [new SyncCounter(1, ["B"], "fastest")]);

        var problems = SiteConfigRules.Check(config);

        Assert.Contains(problems, p => p.Contains("prefix 'a'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("hours mon '16:00-08:00'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("hours xyz", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'B' is not a category", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("policy 'fastest'", StringComparison.Ordinal));
    }

    /// <summary>Opens the store on this test's data (again on the same data when called again).</summary>
    protected abstract CentralSyncStore Open();

    protected static SyncedEvent[] Events(long from, long to) =>
        [.. Enumerable.Range((int)from, (int)(to - from + 1)).Select(i => Event(i, "TicketIssued", $$"""{"type":"TicketIssued","number":"A{{i:D3}}"}"""))];

    protected static SyncedEvent Event(long seq, string type, string json) =>
        new(seq, type, DateTimeOffset.UnixEpoch.AddMinutes(seq), JsonDocument.Parse(json).RootElement.Clone());
}
