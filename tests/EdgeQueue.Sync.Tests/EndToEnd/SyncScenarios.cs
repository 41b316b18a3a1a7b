using System.Text.Json;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Central;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Sync.Tests.Support;
using Xunit.Abstractions;
using EdgeQueue.Testing;

namespace EdgeQueue.Sync.Tests.EndToEnd;

/// <summary>
/// A real hub and real central code syncing over a real central broker (the project's embedded
/// broker or Mosquitto, and each scenario again over RabbitMQ's MQTT plugin), SQLite files on both
/// sides; links cut by stopping the broker, processes restarted on their data folders.
/// </summary>
[Collection(RabbitMqCollection.Name)]
public sealed class SyncScenarios(ITestOutputHelper output, RabbitMqNode rabbit)
{
    private static readonly string[] Sites = [CentralUnderTest.Site];

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S01_BookingsReachHub_CheckInWorksWhileCentralUnreachable(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var first = await world.Central.BookAsync(matter, 1, new TimeOnly(10, 0));
        var second = await world.Central.BookAsync(matter, 2, new TimeOnly(10, 15), first.Day);
        var third = await world.Central.BookAsync(matter, 3, new TimeOnly(10, 30), first.Day);
        await world.Central.CancelAsync(third, 3);
        await world.StartHubAsync(first, before: TimeSpan.FromMinutes(20));

        var bookings = await Eventually.UntilAsync(() => world.Hub.Queue.State.Bookings, b => b.Count == 3 && b[third.Code].Cancelled,
            "three bookings, the third cancelled, at the hub");
        Assert.Equal("A", bookings[first.Code].Category);
        Assert.Equal(first.StartsAt, bookings[first.Code].VisitTime);
        Assert.Equal(first.DisplayName, bookings[first.Code].DisplayName);
        Assert.Equal(4, world.Hub.Queue.BookingsSequence);
        var summary = await Eventually.UntilAsync(() => world.Central.Reader.ListSitesAsync(), s => s.Count == 1 && s[0].BookingsAcked == 4,
            "central has the hub's bookings-ack");
        Assert.Equal(CentralUnderTest.Site, summary[0].SiteId);

        await world.Broker.StopAsync();
        await Eventually.UntilAsync(() => world.Hub.Central.State, s => s == CentralLinkState.Down, "link down at the hub");
        var checkedIn = await world.Hub.RunAsync(new CheckIn(first.Code));
        Assert.Equal("A001", checkedIn.Ticket!.Number);
        var refused = await world.Hub.Queue.ExecuteAsync(new CheckIn(third.Code), "test.cancelled");
        Assert.Equal("booking-cancelled", refused.ErrorCode);

        await world.Broker.StartAgainAsync();
        var (hub, central) = await world.CaughtUpAsync();
        Assert.Equal(hub, central);
        Assert.Contains(central, e => e.Type == "BookedVisitCheckedIn");
    }

    [Theory]
    [InlineData(BrokerKind.Mosquitto)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S02_CutLink_BrokerStopped_CentralEndsWithExactlyTheSiteEventsInOrder(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("B");
        var visit = await world.Central.BookAsync(matter, 4, new TimeOnly(11, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(10));
        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the booking at the hub");
        await IssueCallServeAsync(world.Hub, 5);
        await world.CaughtUpAsync();

        await world.Broker.StopAsync();
        await Eventually.UntilAsync(() => world.Hub.Central.State, s => s == CentralLinkState.Down, "link down at the hub");
        await IssueCallServeAsync(world.Hub, 20);
        await world.Hub.RunAsync(new CheckIn(visit.Code));
        var late = await world.Central.BookAsync(matter, 5, new TimeOnly(11, 30), visit.Day);

        var returning = TimeProvider.System.GetTimestamp();
        await world.Broker.StartAgainAsync();
        var back = TimeProvider.System.GetElapsedTime(returning);
        var (hub, central) = await world.CaughtUpAsync();
        output.WriteLine($"{kind}: broker back {back.TotalSeconds:F2} s after its start; central caught up with {hub.Count} events "
            + $"{(TimeProvider.System.GetElapsedTime(returning) - back).TotalSeconds:F2} s after that");
        Assert.Equal(hub, central);
        Assert.Equal(Enumerable.Range(1, hub.Count).Select(i => (long)i), central.Select(e => e.Seq));
        var booked = await Eventually.UntilAsync(() => world.Hub.Queue.State.Bookings, b => b.ContainsKey(late.Code),
            "the booking made while the site was cut off");
        Assert.Equal(late.StartsAt, booked[late.Code].VisitTime);
    }

    /// <summary>
    /// The demo runs central on a simulated day 600 times faster than real time. The sync link's
    /// CONNECT timeout and back-off ran on that clock (10 s became 17 ms), and on a busy machine
    /// central never got through to the city broker. Here the day clock stands still: a link that
    /// waits on it never dials again after the broker was down.
    /// </summary>
    [Fact]
    public async Task S12_CentralDayClockStandsStill_BrokerBackAfterAFailedConnect_LinkDialsOnRealTimeAndBookingsReachTheHub()
    {
        var broker = await CentralBroker.StartMosquittoAsync(Sites);
        await broker.StopAsync();
        var day = new ManualTimeProvider(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        await using var world = await SyncWorld.StartCentralAsync(output, broker, centralDayClock: day);
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 9, new TimeOnly(12, 0));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(world.Central.Link.IsConnected, "central cannot be connected while the broker is down");

        await broker.StartAgainAsync();
        await Eventually.UntilAsync(() => world.Central.Link.IsConnected, "central's link up again on real time", TimeSpan.FromSeconds(20));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(30));

        var bookings = await Eventually.UntilAsync(() => world.Hub.Queue.State.Bookings, b => b.ContainsKey(visit.Code), "central's booking at the hub");
        Assert.Equal(visit.StartsAt, bookings[visit.Code].VisitTime);
    }

    /// <summary>
    /// A hall's first connect ever while central is down: its announcement, a retained
    /// bookings-ack, is all central could learn of the site, and RabbitMQ does not hand retained
    /// messages to central's wildcard subscription. The hub announces again until central answers.
    /// </summary>
    [Theory]
    [InlineData(BrokerKind.Mosquitto)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S13_HallFirstConnectsWhileCentralIsDown_CentralStartsLater_LearnsOfTheSiteAndSendsItsBookings(BrokerKind kind)
    {
        await using var broker = await CentralBroker.StartAsync(kind, Sites, rabbit);
        using var folder = new TempDirectory("eq-sync-first");
        var centralData = Path.Combine(folder.Path, "central");
        var database = $"Data Source={Path.Combine(centralData, "central.db")}";
        Central.Booking.Visits.BookedVisit visit;
        await using (var desk = await CentralUnderTest.StartBookingDeskAsync(output, centralData, database))
        {
            visit = await desk.BookAsync(await desk.CreateMatterAsync("A"), 10, new TimeOnly(13, 0));
        }

        var clock = new ManualTimeProvider(visit.StartsAt - TimeSpan.FromMinutes(30), TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        await using var hub = await HubUnderTest.StartAsync(output, SyncSite.Create(broker), Path.Combine(folder.Path, "hub"), clock,
            new CentralLinkOptions { AnnounceAgainAfter = TimeSpan.FromSeconds(1) });
        await Eventually.UntilAsync(() => hub.Central.State, s => s == CentralLinkState.Up, "the hub on the city broker");
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        await using var central = await CentralUnderTest.StartAsync(output, centralData, broker);
        var bookings = await Eventually.UntilAsync(() => hub.Queue.State.Bookings, b => b.ContainsKey(visit.Code), "central's booking at the hub",
            TimeSpan.FromSeconds(30));
        Assert.Equal(visit.StartsAt, bookings[visit.Code].VisitTime);
        var sites = await central.Reader.ListSitesAsync();
        Assert.Equal(CentralUnderTest.Site, Assert.Single(sites).SiteId);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S03_HubRestartMidSync_NothingLostOrDoubled(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 6, new TimeOnly(9, 0));
        // Small batches, one ahead: 45 round trips with a commit each, so the restart comes while they go.
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(5),
            new CentralLinkOptions { BatchSize = 10, BatchesAhead = 1, ResendAfter = TimeSpan.FromSeconds(3) });
        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the booking at the hub");
        await world.Broker.StopAsync();
        await IssueCallServeAsync(world.Hub, 150);
        await world.Broker.StartAgainAsync();
        await Eventually.UntilAsync(() => world.Hub.Queue.OutboxAcknowledged, a => a > 0, "central acknowledged some events");

        var lastAtRestart = world.Hub.Queue.LastSequence;
        var acknowledgedAtRestart = world.Hub.Queue.OutboxAcknowledged;
        await world.Hub.RestartAsync();
        await IssueCallServeAsync(world.Hub, 10);
        var (hub, central) = await world.CaughtUpAsync();

        Assert.True(acknowledgedAtRestart < lastAtRestart, $"the restart came mid-sync ({acknowledgedAtRestart} of {lastAtRestart} acknowledged)");
        Assert.Equal(hub, central);
        Assert.Equal(1, world.Hub.Queue.BookingsSequence);
    }

    [Theory]
    [InlineData(BrokerKind.Mosquitto)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S04_CentralRestartMidSync_NothingLostOrDoubled(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 7, new TimeOnly(9, 30));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(5));
        await IssueCallServeAsync(world.Hub, 100);
        await Eventually.UntilAsync(() => world.Hub.Queue.OutboxAcknowledged, a => a > 0, "central acknowledged some events");

        await world.RestartCentralAsync();
        var later = await world.Central.BookAsync(matter, 8, new TimeOnly(9, 45), visit.Day);
        await IssueCallServeAsync(world.Hub, 10);
        var (hub, central) = await world.CaughtUpAsync();

        Assert.Equal(hub, central);
        await Eventually.UntilAsync(() => world.Hub.Queue.State.Bookings, b => b.ContainsKey(later.Code), "a booking made after central restarted");
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S05_CancelledWhileCutOff_CheckedInAtSite_CheckInWinsAndCentralMarksCancellationOvertaken(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 9, new TimeOnly(12, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(15));
        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the booking at the hub");

        await world.Broker.StopAsync();
        await Eventually.UntilAsync(() => world.Hub.Central.State, s => s == CentralLinkState.Down, "link down at the hub");
        await world.Central.CancelAsync(visit, 9);
        var ticket = (await world.Hub.RunAsync(new CheckIn(visit.Code))).Ticket!.Number;
        await world.Broker.StartAgainAsync();

        var booking = await Eventually.UntilAsync(() => world.Hub.Queue.State.Bookings[visit.Code], b => b.Cancelled,
            "the cancellation reached the site");
        Assert.NotNull(booking.TicketId);
        world.HubClock.Advance(TimeSpan.FromMinutes(15));
        await world.Hub.RunAsync(new OpenCounter(1));
        await world.Hub.RunAsync(new CallNext(1));
        var called = world.Hub.Queue.State.Tickets[booking.TicketId!.Value];
        Assert.Equal(ticket, called.Number);
        Assert.Equal(Queue.State.TicketStatus.Called, called.Status);
        await world.CaughtUpAsync();
        var overtaken = await world.Central.Reader.ListOvertakenCancellationsAsync(CentralUnderTest.Site);
        var only = Assert.Single(overtaken);
        Assert.Equal(visit.Code, only.Code);
        Assert.Equal(ticket, only.Ticket);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S06_ConfigVersion_AppliedOnlyWhenNoCounterIsCalling_ReportedInStatus(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 10, new TimeOnly(13, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(15));
        await world.Hub.RunAsync(new OpenCounter(1));
        await world.Hub.RunAsync(new IssueTicket("A"));
        await world.Hub.RunAsync(new CallNext(1));

        var record = world.Central.Store.SaveConfig(CentralUnderTest.Site, NewConfig(), "admin");
        await world.Central.Link.PublishConfigAsync(record);
        await Eventually.UntilAsync(() => world.Hub.Central.PendingConfigVersion, v => v == record.Config.Version, "the hub holds the new version");
        // A barrier instead of a pause: the hub checks for the safe moment at the start of each round
        // of its status loop. Two commits, each waited for in central's status, make at least one
        // round run entirely after the hub held the new version.
        for (var round = 0; round < 2; round++)
        {
            await world.Hub.RunAsync(new IssueTicket("A"));
            var sequence = world.Hub.Queue.LastSequence;
            await Eventually.UntilAsync(() => world.Central.Reader.GetStatusAsync(CentralUnderTest.Site),
                s => s?.Message.LastSeq >= sequence, $"central saw the hub's status after event {sequence}");
        }

        Assert.False(world.Hub.Host.ConfigurationRestartRequested, "a ticket is being called at counter 1: not a safe moment");

        await world.Hub.RunAsync(new Done(1));
        await Eventually.UntilAsync(() => world.Hub.Host.ConfigurationRestartRequested, r => r, "the hub asks to restart at the safe moment");
        await world.Hub.RestartAsync();

        Assert.Equal(record.Config.Version, world.Hub.Central.RunningConfigVersion);
        Assert.Equal(record.Config.Version, world.Hub.Host.ConfigVersion);
        Assert.NotNull(world.Hub.Queue.Configuration.FindCategory("C"));
        var status = await Eventually.UntilAsync(() => world.Central.Reader.GetStatusAsync(CentralUnderTest.Site),
            s => s?.Message.ConfigVersion == record.Config.Version, "central sees the hub running the new version");
        Assert.Contains(status!.Message.Categories, c => c.Prefix == "C");
        var sites = await world.Central.Reader.ListSitesAsync();
        Assert.Equal(record.Config.Version, sites.Single().ConfigVersionRunning);
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S10_PersonalData_BookingsSyncedToTheHall_NoPeselOrEmailInTheHubsFiles(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, Sites, rabbit));
        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 7, new TimeOnly(11, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(20));

        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the booking at the hub");
        await world.Hub.StopAsync();

        // DESIGN.md §5 rule 5: a hall gets the code, matter, time and a display name, nothing more.
        var files = Directory.GetFiles(world.Hub.DataFolder, "*", SearchOption.AllDirectories);
        var everything = string.Concat(files.Select(f => System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains(visit.Code, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(CentralUnderTest.PeselOf(7), everything, StringComparison.Ordinal);
        Assert.DoesNotContain("jan7@example.pl", everything, StringComparison.Ordinal);
    }

    internal static SyncSiteConfig NewConfig()
    {
        var hours = new Dictionary<string, string>
        {
            ["mon"] = "00:00-24:00", ["tue"] = "00:00-24:00", ["wed"] = "00:00-24:00", ["thu"] = "00:00-24:00",
            ["fri"] = "00:00-24:00", ["sat"] = "00:00-24:00", ["sun"] = "00:00-24:00",
        };
        return new SyncSiteConfig(0,
            [new SyncCategory("A", "Dowody osobiste", hours, ServiceMinutes: 7), new SyncCategory("B", "Rejestracja pojazdów", hours),
                new SyncCategory("C", "Prawa jazdy", hours, DailyLimit: 50)],
            [new SyncCounter(1, ["A", "B", "C"]), new SyncCounter(2, ["B", "C"], "strictOrder")]);
    }

    /// <summary><paramref name="count"/> walk-ins: each issued, called at counter 1 and served.</summary>
    internal static async Task IssueCallServeAsync(HubUnderTest hub, int count)
    {
        if (!hub.Queue.State.CounterOf(1).Open)
        {
            await hub.RunAsync(new OpenCounter(1));
        }

        for (var i = 0; i < count; i++)
        {
            await hub.RunAsync(new IssueTicket("A"));
            await hub.RunAsync(new CallNext(1));
            await hub.RunAsync(new Done(1));
        }
    }

    internal static string TypeOf(string json) => JsonDocument.Parse(json).RootElement.GetProperty("type").GetString()!;
}
