using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Hub.Central;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// One central broker, central and a hub of <see cref="CentralUnderTest.Site"/>, each with data that
/// outlives restarts; the hub's clock is a manual one set just before the booked visits' time.
/// </summary>
internal sealed class SyncWorld : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly TempDirectory _folder = new("eq-sync");
    private readonly string? _caFile;
    private readonly long _started = TimeProvider.System.GetTimestamp();
    private readonly int _brokerErrorsBefore;

    private SyncWorld(ITestOutputHelper output, CentralBroker broker, string? caFile)
    {
        _output = output;
        Broker = broker;
        _caFile = caFile;
        _brokerErrorsBefore = broker.Errors.Count;
    }

    public CentralBroker Broker { get; }

    public CentralUnderTest Central { get; private set; } = null!;

    public HubUnderTest Hub { get; private set; } = null!;

    public ManualTimeProvider HubClock { get; private set; } = null!;

    public string CentralData => Path.Combine(_folder.Path, "central");

    public string HubData => Path.Combine(_folder.Path, "hub");

    /// <param name="centralDayClock">Central's day clock (null: the real one); its sync link waits on the real clock.</param>
    public static async Task<SyncWorld> StartCentralAsync(ITestOutputHelper output, CentralBroker broker, string? caFile = null,
        TimeProvider? centralDayClock = null)
    {
        var world = new SyncWorld(output, broker, caFile);
        world.Central = await CentralUnderTest.StartAsync(output, world.CentralData, broker, caFile, centralDayClock);
        return world;
    }

    /// <summary>Starts the hub with its clock <paramref name="before"/> the given visit.</summary>
    public async Task StartHubAsync(BookedVisit visit, TimeSpan before, CentralLinkOptions? link = null)
    {
        HubClock = new ManualTimeProvider(visit.StartsAt - before, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw"));
        Hub = await HubUnderTest.StartAsync(_output, SyncSite.Create(Broker, _caFile), HubData, HubClock, link);
    }

    public async Task RestartCentralAsync()
    {
        await Central.DisposeAsync();
        Central = await CentralUnderTest.StartAsync(_output, CentralData, Broker, _caFile);
    }

    /// <summary>Waits until central holds every event of the hub's outbox, then returns both logs.</summary>
    public async Task<(IReadOnlyList<(long Seq, string Type)> Hub, IReadOnlyList<(long Seq, string Type)> Central)> CaughtUpAsync()
    {
        var site = Hub.Queue;
        var central = await Eventually.UntilAsync(
            () => Central.Reader.ReadEventsAsync(CentralUnderTest.Site, 0, 100_000),
            events => events.Count >= site.LastSequence && site.OutboxAcknowledged == site.LastSequence,
            $"central holds the hub's {site.LastSequence} events and the hub has the ack");
        var hub = site.ReadOutbox(0, 100_000).Select(e => (e.Sequence, e.Event.Name)).ToList();
        return (hub, central.Select(e => (e.Seq, e.Type)).ToList());
    }

    public async ValueTask DisposeAsync()
    {
        // Not asserted: the brokers' difference is reported, the scenarios' outcome is what they check.
        _output.WriteLine($"scenario over {Broker.Kind}: {TimeProvider.System.GetElapsedTime(_started).TotalSeconds:F2} s");
        foreach (var error in Broker.Errors.Skip(_brokerErrorsBefore))
        {
            _output.WriteLine($"broker: {error}");
        }

        if (Hub is not null)
        {
            await Hub.DisposeAsync();
        }

        if (Central is not null)
        {
            await Central.DisposeAsync();
        }

        await Broker.DisposeAsync();
        _folder.Dispose();
    }
}
