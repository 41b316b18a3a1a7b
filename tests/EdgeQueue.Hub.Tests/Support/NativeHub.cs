using System.Text.Json.Nodes;
using EdgeQueue.Hosting;
using EdgeQueue.Hub.Site;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// The Native AOT hub (<c>artifacts/hub-native/RID/EdgeQueue.Hub</c>, published by
/// <c>./edgequeue publish-hub</c>, which <c>./test</c> runs first) as its own process on a site file
/// with free ports: the build a Pi runs, reached only through its sockets and files.
/// </summary>
internal sealed class NativeHub : IAsyncDisposable
{
    private readonly ServiceProcess _process;

    private NativeHub(ServiceProcess process, SiteDefinition site, string siteFile, string dataFolder, Uri http, int mqttPort)
    {
        _process = process;
        Site = site;
        SiteFile = siteFile;
        DataFolder = dataFolder;
        Http = http;
        MqttPort = mqttPort;
    }

    public static string Executable => NativeHubExecutable.Find();

    public SiteDefinition Site { get; }

    public string SiteFile { get; }

    public string DataFolder { get; }

    public Uri Http { get; }

    /// <summary>Where devices connect: the embedded broker's port, or the external broker's named in the site file.</summary>
    public int MqttPort { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Writes <paramref name="siteJson"/> (its http and embedded broker ports set to free ones) into <paramref name="folder"/> and starts the hub on <paramref name="dataFolder"/>.</summary>
    public static async Task<NativeHub> StartAsync(ITestOutputHelper output, JsonObject siteJson, TempDirectory folder, string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(siteJson);
        ArgumentNullException.ThrowIfNull(folder);
        var httpPort = FreePort.Next();
        siteJson["http"] = new JsonObject { ["port"] = httpPort, ["bind"] = "127.0.0.1" };
        if (siteJson["broker"]?["mode"]?.GetValue<string>() == "embedded")
        {
            siteJson["broker"] = new JsonObject { ["mode"] = "embedded", ["port"] = FreePort.Next(), ["bind"] = "127.0.0.1" };
        }

        var siteFile = folder.File("site.json");
        await File.WriteAllTextAsync(siteFile, siteJson.ToJsonString());
        return await StartAsync(output, Executable, siteFile, dataFolder);
    }

    /// <summary>Starts <paramref name="program"/> (e.g. the hub as install-hub.sh installed it) on a site file that names its HTTP port.</summary>
    public static async Task<NativeHub> StartAsync(ITestOutputHelper output, string program, string siteFile, string dataFolder)
    {
        var site = SiteFileLoader.Load(siteFile);
        var http = new Uri($"http://127.0.0.1:{site.HttpPort}");
        var process = await ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "the native hub",
            Program = program,
            Arguments = ["--site", siteFile, "--data", dataFolder],
            ReadyUrl = new Uri(http, "/health"),
            ReadyTimeout = TimeSpan.FromSeconds(30),
            Output = line => WriteLine(output, line),
        }, CancellationToken.None);
        var mqttPort = site.Broker.Embedded ? site.Broker.Port : site.Broker.Url!.Port;
        return new NativeHub(process, site, siteFile, dataFolder, http, mqttPort);
    }

    public Task<TestDevice> ConnectAsync(string deviceId) =>
        TestDevice.ConnectAsync("127.0.0.1", MqttPort, Site.Topics, deviceId, TestSite.Password(deviceId));

    public string PrintFolder(string printerId) => Path.Combine(DataFolder, "prints", printerId);

    public async Task<string> GetAsync(string path)
    {
        using var client = new HttpClient { BaseAddress = Http, Timeout = TestDevice.Timeout };
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }

    /// <summary>SIGTERM, as systemd stops the service.</summary>
    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(20));

    public ValueTask DisposeAsync() => _process.DisposeAsync();

    private static void WriteLine(ITestOutputHelper output, string line)
    {
        try
        {
            output.WriteLine($"[native hub] {line}");
        }
        catch (InvalidOperationException)
        {
            // The test has ended; a late line of the stopping hub has nowhere to go.
        }
    }
}
