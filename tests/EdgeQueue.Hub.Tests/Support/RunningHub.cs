using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Site;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>A hub started in-process on loopback with free ports and its own data folder.</summary>
internal sealed class RunningHub : IAsyncDisposable
{
    private readonly TempDirectory? _ownedData;
    private readonly MosquittoHall? _ownedBroker;

    private RunningHub(HubHost host, string dataFolder, TempDirectory? ownedData, MosquittoHall? broker, bool ownsBroker)
    {
        Host = host;
        DataFolder = dataFolder;
        _ownedData = ownedData;
        Mosquitto = broker;
        _ownedBroker = ownsBroker ? broker : null;
    }

    public HubHost Host { get; }

    public string DataFolder { get; }

    public SiteDefinition Site => Host.Site;

    /// <summary>The hall's Mosquitto when the hub runs on one (<see cref="HallBroker.Mosquitto"/>).</summary>
    public MosquittoHall? Mosquitto { get; }

    /// <summary>Where the devices connect: the embedded broker, or the hall's Mosquitto.</summary>
    public int MqttPort => Mosquitto?.Port ?? Host.MqttPort ?? throw new InvalidOperationException("the hub runs on an external broker");

    /// <param name="time">The hub's clock (queue, opening hours, timers); sockets stay on real time.</param>
    /// <param name="broker">Mosquitto: a real Mosquitto configured from the site file, owned and stopped with the hub.</param>
    /// <param name="hardware">Sets the hub's hardware seams (the simulated GPIO driver, SPI devices) for a site file that names them.</param>
    public static async Task<RunningHub> StartAsync(
        ITestOutputHelper output, SiteDefinition site, string? dataFolder = null, TimeProvider? time = null, HallBroker broker = HallBroker.Embedded,
        Func<HubOptions, HubOptions>? hardware = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        var hall = broker == HallBroker.Mosquitto ? await MosquittoHall.StartAsync(site) : null;
        try
        {
            return await LaunchAsync(output, hall?.Site ?? site, dataFolder, time, hall, ownsBroker: true, hardware);
        }
        catch
        {
            if (hall is not null)
            {
                await hall.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>A hub on a hall's Mosquitto that outlives it (restart scenarios).</summary>
    public static Task<RunningHub> StartAsync(ITestOutputHelper output, MosquittoHall hall, string? dataFolder = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(hall);
        return LaunchAsync(output, hall.Site, dataFolder, time, hall, ownsBroker: false);
    }

    private static async Task<RunningHub> LaunchAsync(
        ITestOutputHelper output, SiteDefinition site, string? dataFolder, TimeProvider? time, MosquittoHall? hall, bool ownsBroker,
        Func<HubOptions, HubOptions>? hardware = null)
    {
        var owned = dataFolder is null ? new TempDirectory("hub") : null;
        var data = dataFolder ?? owned!.Path;
        var options = new HubOptions
        {
            Site = site,
            DataFolder = data,
            HttpPort = 0,
            MqttPort = 0,
            Bind = "127.0.0.1",
            Time = time ?? TimeProvider.System,
            NetworkTime = TimeProvider.System,
            ConfigureLogging = logging => logging.AddProvider(new TestOutputLoggerProvider(output)),
        };
        var host = await HubHost.StartAsync(hardware is null ? options : hardware(options));
        return new RunningHub(host, data, owned, hall, ownsBroker);
    }

    public Task<TestDevice> ConnectAsync(string deviceId, string? password = null) =>
        TestDevice.ConnectAsync("127.0.0.1", MqttPort, Site.Topics, deviceId, password ?? TestSite.Password(deviceId));

    public string PrintFolder(string printerId) => Path.Combine(DataFolder, "prints", printerId);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownedBroker is not null)
        {
            await _ownedBroker.DisposeAsync();
        }

        _ownedData?.Dispose();
    }
}
