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

    private RunningHub(HubHost host, string dataFolder, TempDirectory? ownedData)
    {
        Host = host;
        DataFolder = dataFolder;
        _ownedData = ownedData;
    }

    public HubHost Host { get; }

    public string DataFolder { get; }

    public SiteDefinition Site => Host.Site;

    public int MqttPort => Host.MqttPort ?? throw new InvalidOperationException("the hub runs on an external broker");

    /// <param name="time">The hub's clock (queue, opening hours, timers); sockets stay on real time.</param>
    public static async Task<RunningHub> StartAsync(
        ITestOutputHelper output, SiteDefinition site, string? dataFolder = null, TimeProvider? time = null)
    {
        var owned = dataFolder is null ? new TempDirectory("hub") : null;
        var data = dataFolder ?? owned!.Path;
        var host = await HubHost.StartAsync(new HubOptions
        {
            Site = site,
            DataFolder = data,
            HttpPort = 0,
            MqttPort = 0,
            Bind = "127.0.0.1",
            Time = time ?? TimeProvider.System,
            NetworkTime = TimeProvider.System,
            ConfigureLogging = logging => logging.AddProvider(new TestOutputLoggerProvider(output)),
        });
        return new RunningHub(host, data, owned);
    }

    public Task<TestDevice> ConnectAsync(string deviceId, string? password = null) =>
        TestDevice.ConnectAsync("127.0.0.1", MqttPort, Site.Topics, deviceId, password ?? TestSite.Password(deviceId));

    public string PrintFolder(string printerId) => Path.Combine(DataFolder, "prints", printerId);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        _ownedData?.Dispose();
    }
}
