using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// A real hub (HubHost, as <c>./edgequeue hub</c> runs it) in a data folder that outlives restarts,
/// on the site's clock, with short resend waits; its central link comes from the site file.
/// </summary>
internal sealed class HubUnderTest : IAsyncDisposable
{
    private readonly ITestOutputHelper _output;
    private readonly SiteDefinition _site;
    private readonly TimeProvider _time;
    private readonly CentralLinkOptions _link;
    private int _requests;

    private HubUnderTest(ITestOutputHelper output, SiteDefinition site, string dataFolder, TimeProvider time, CentralLinkOptions? link)
    {
        _link = link ?? new CentralLinkOptions { ResendAfter = TimeSpan.FromSeconds(3), StatusRefresh = TimeSpan.FromSeconds(5) };
        _output = output;
        _site = site;
        DataFolder = dataFolder;
        _time = time;
    }

    public HubHost Host { get; private set; } = null!;

    public string DataFolder { get; }

    public SiteQueue Queue => Host.Queue;

    public CentralLink Central => Host.Central ?? throw new InvalidOperationException("the site file has no central section");

    public static async Task<HubUnderTest> StartAsync(ITestOutputHelper output, SiteDefinition site, string dataFolder, TimeProvider time,
        CentralLinkOptions? link = null)
    {
        var hub = new HubUnderTest(output, site, dataFolder, time, link);
        await hub.StartHostAsync();
        return hub;
    }

    /// <summary>Stops the hub (as systemd would) and starts it again on the same data folder.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        await StartHostAsync();
    }

    public async Task StopAsync() => await Host.DisposeAsync();

    public Task StartHostAsync() => StartHostCoreAsync();

    /// <summary>Runs a queue command as a device would (a unique request id each time) and insists it was accepted.</summary>
    public async Task<CommandResult> RunAsync(QueueCommand command)
    {
        var result = await Queue.ExecuteAsync(command, $"test.{Environment.TickCount64}.{Interlocked.Increment(ref _requests)}");
        Assert.True(result.Accepted, $"{command}: {result.ErrorCode} {result.Message}");
        return result;
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    private async Task StartHostCoreAsync()
    {
        Host = await HubHost.StartAsync(new HubOptions
        {
            Site = _site,
            DataFolder = DataFolder,
            HttpPort = 0,
            MqttPort = 0,
            Bind = "127.0.0.1",
            Time = _time,
            NetworkTime = TimeProvider.System,
            CentralLink = _link,
            ConfigureLogging = logging => logging.AddProvider(new TestLog(_output, "hub")),
        });
    }
}
