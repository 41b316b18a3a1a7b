using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Security;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Benchmarks.Sync;

/// <summary>
/// <c>./edgequeue bench sync</c>: a real hub (HubHost, SQLite queue store) and central's sync link
/// (SQLite sync store) meet on Mosquitto as the central broker. The broker is stopped, the hall
/// commits N events meanwhile (issue, call, done), the broker comes back; the figure is the time from
/// the broker accepting connections again until central has stored every event and the hub holds
/// the ack (DESIGN.md §8: 3,000 events ≤ 5 s). Peer in the same run: the same number of messages of
/// the same size through Mosquitto alone (QoS 1 publisher → subscriber, no storage).
/// </summary>
public sealed class SyncBenchmark : IBenchmark
{
    private const string Site = "bench-sync";
    private const double BudgetSeconds = 5;

    public string Name => "sync";

    public string Description => "hub → central catch-up of 3,000 events after an outage, beside the same messages through Mosquitto alone (--events N, --rounds N, --quick)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var events = arguments.GetInt("events", arguments.Quick ? 600 : 3000);
        var rounds = arguments.GetInt("rounds", arguments.Quick ? 1 : 3);
        using var folder = new TempDirectory("bench-sync");
        await using var broker = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            Users = [new MosquittoUser("central", "central-secret"), new MosquittoUser($"hub-{Site}", "hub-secret")],
            AclLines = SyncAccessRules.MosquittoLines("central", new Dictionary<string, string> { [$"hub-{Site}"] = Site }),
            ExtraConfig = ["max_queued_messages 100000"],
        }, cancellation);
        output.WriteLine($"sync benchmark: {events} events per outage, {rounds} rounds, Mosquitto on 127.0.0.1:{broker.Port}, SQLite (WAL, synchronous=FULL) in {folder.Path}");

        using var store = CentralSyncStore.Open(folder.File("central/sync.db"), TimeProvider.System);
        await using var central = new CentralSyncLink(new CentralSyncOptions
        {
            BrokerUrl = $"mqtt://127.0.0.1:{broker.Port}",
            Username = "central",
            Password = "central-secret",
        }, store, new NoBookingFeed(), TimeProvider.System, NullLogger.Instance);
        central.Start();
        await using var hub = await HubHost.StartAsync(new HubOptions
        {
            Site = SiteFileLoader.Parse(SiteJson(broker.Port, Site).ToJsonString(), "bench-sync.json"),
            DataFolder = folder.File("hub"),
            HttpPort = 0,
            MqttPort = 0,
            Bind = "127.0.0.1",
            ConfigureLogging = l => l.SetMinimumLevel(LogLevel.Warning).AddFilter("central", LogLevel.Error),
        }, cancellation);
        await UntilAsync(() => hub.Central!.State == CentralLinkState.Up, TimeSpan.FromSeconds(30), "hub link up", cancellation);
        await hub.Queue.ExecuteAsync(new OpenCounter(1), "bench.open");

        var catchUps = new List<(double Total, double Reconnect, long Events, long Batches)>();
        var request = 0;
        for (var round = 0; round < rounds; round++)
        {
            await broker.StopAsync();
            await UntilAsync(() => hub.Central!.State == CentralLinkState.Down, TimeSpan.FromSeconds(30), "hub link down", cancellation);
            var first = hub.Queue.LastSequence;
            while (hub.Queue.LastSequence - first < events)
            {
                await hub.Queue.ExecuteAsync(new IssueTicket("A"), $"bench.{++request}");
                await hub.Queue.ExecuteAsync(new CallNext(1), $"bench.{++request}");
                await hub.Queue.ExecuteAsync(new Done(1), $"bench.{++request}");
            }

            var target = hub.Queue.LastSequence;
            var batchesBefore = hub.Central!.EventBatchesSent;
            await broker.RestartAsync(cancellation);
            var start = Stopwatch.GetTimestamp();
            await UntilAsync(() => hub.Central!.State == CentralLinkState.Up, TimeSpan.FromSeconds(60), "hub link up again", cancellation);
            var reconnect = Stopwatch.GetElapsedTime(start).TotalSeconds;
            await UntilAsync(() => store.EventsAcked(Site) >= target && hub.Queue.OutboxAcknowledged >= target, TimeSpan.FromSeconds(120),
                "central caught up", cancellation);
            catchUps.Add((Stopwatch.GetElapsedTime(start).TotalSeconds, reconnect, target - first, hub.Central.EventBatchesSent - batchesBefore));
        }

        var stored = await store.ReadEventsAsync(Site, 0, int.MaxValue, cancellation);
        var inOrder = stored.Select((e, i) => e.Seq == i + 1).All(x => x) && stored.Count == hub.Queue.LastSequence;
        await hub.StopAsync(cancellation);
        var peer = await PeerAsync(broker.Port, events, cancellation);

        foreach (var (total, reconnect, count, batches) in catchUps)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"catch-up of {count} events: {total:F2} s after the broker returned (reconnect {reconnect:F2} s, {batches} batches; {count / Math.Max(total - reconnect, 0.001):F0} events/s once linked); budget {BudgetSeconds} s: {(total <= BudgetSeconds ? "OK" : "OVER")}"));
        }

        var best = catchUps.Min(c => c.Total - c.Reconnect);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peer: {events} messages of {PeerPayload.Length} bytes through Mosquitto alone (QoS 1, no storage): {peer:F2} s; sync once linked / peer {best / peer:F1}×"));
        output.WriteLine($"central holds {stored.Count} events, sequence 1..{stored.Count} without gap or double: {(inOrder ? "yes" : "NO")}");
        return inOrder && catchUps.All(c => c.Total <= BudgetSeconds * 4) ? 0 : 1;
    }

    private static Task UntilAsync(Func<bool> done, TimeSpan timeout, string what, CancellationToken cancellation) =>
        BenchWait.UntilAsync("sync", done, timeout, what, cancellation);

    private static readonly byte[] PeerPayload = System.Text.Encoding.UTF8.GetBytes(
        """{"seq":1234,"type":"TicketCalled","at":"2026-12-01T08:16:40+00:00","data":{"type":"TicketCalled","ticketId":17,"number":"A017","counter":5,"call":1,"at":"2026-12-01T08:16:40+00:00"}}""");

    /// <summary>The same number of event-sized messages, one per publish, QoS 1, through Mosquitto to one subscriber.</summary>
    private static async Task<double> PeerAsync(int port, int count, CancellationToken cancellation)
    {
        await using var subscriber = Client(port, "peer-sub", "central", "central-secret");
        await using var publisher = Client(port, "peer-pub", $"hub-{Site}", "hub-secret");
        await subscriber.ConnectAsync(cancellation);
        await publisher.ConnectAsync(cancellation);
        var topic = $"eq/v1/{Site}/sync/events";
        await subscriber.SubscribeAsync(topic, cancellation: cancellation);
        var start = Stopwatch.GetTimestamp();
        var received = Task.Run(async () =>
        {
            for (var i = 0; i < count; i++)
            {
                await subscriber.Messages.ReadAsync(cancellation);
            }
        }, cancellation);
        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => publisher.PublishAsync(topic, PeerPayload,
            cancellation: cancellation)));
        await received;
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static MqttLink Client(int port, string id, string user, string password) => new(new MqttLinkOptions
    {
        Host = "127.0.0.1",
        Port = port,
        ClientId = id,
        Username = user,
        Password = password,
        AutoReconnect = false,
        MessageBufferCapacity = 100_000,
        OfflineBufferLimit = 100_000,
    });

    /// <summary>A one-counter hall of site <paramref name="site"/> whose hub logs in to the central broker as <c>hub-{site}</c> / <c>hub-secret</c>.</summary>
    internal static JsonObject SiteJson(int centralPort, string site)
    {
        var hash = PasswordHash.Create("bench-device", 1000);
        var allDay = new JsonObject();
        foreach (var day in new[] { "mon", "tue", "wed", "thu", "fri", "sat", "sun" })
        {
            allDay[day] = "00:00-24:00";
        }

        return new JsonObject
        {
            ["site"] = new JsonObject { ["id"] = site, ["name"] = "Bench", ["timeZone"] = "Europe/Warsaw" },
            ["broker"] = new JsonObject { ["mode"] = "embedded", ["port"] = 0, ["bind"] = "127.0.0.1" },
            ["technician"] = new JsonObject { ["passwordHash"] = hash },
            ["eTicketBaseUrl"] = "http://hub.bench/t/",
            ["categories"] = new JsonArray(new JsonObject { ["prefix"] = "A", ["name"] = "Dowody osobiste", ["hours"] = allDay }),
            ["counters"] = new JsonArray(new JsonObject { ["number"] = 1, ["categories"] = new JsonArray("A") }),
            ["devices"] = new JsonArray(new JsonObject { ["id"] = "keypad-01", ["passwordHash"] = hash, ["counter"] = 1 }),
            ["audio"] = new JsonObject { ["output"] = "none" },
            ["central"] = new JsonObject { ["url"] = $"mqtt://127.0.0.1:{centralPort}", ["username"] = $"hub-{site}", ["password"] = "hub-secret" },
        };
    }
}
