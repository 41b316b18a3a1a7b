using System.Net;
using System.Reflection;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Audio;
using EdgeQueue.Hub.Announcements;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Hub.Display;
using EdgeQueue.Hub.Fixtures;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Printing;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Web;
using EdgeQueue.Queue.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Hosting;

/// <summary>
/// One running hub: queue store, site broker, device gateway, printers, speaker, hall screen and
/// technician page on one generic host. <see cref="StartAsync"/> is what <c>./edgequeue hub</c>
/// runs and what tests and benchmarks start in-process.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<Func<ValueTask>> _cleanup;
    private bool _stopped;
    private string _version = "dev";

    private HubHost(WebApplication app, HubParts parts, List<Func<ValueTask>> cleanup)
    {
        _app = app;
        Parts = parts;
        _cleanup = cleanup;
    }

    public SiteDefinition Site => Parts.Site;

    /// <summary>The HTTP address the pages are served on (the real port when 0 was asked).</summary>
    public Uri HttpAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The embedded broker's port, or null on an external broker.</summary>
    public int? MqttPort => Parts.Bus is EmbeddedSiteBus embedded ? embedded.Port : null;

    public DeviceRegistry Devices => Parts.Registry;

    public HallBoard Board => Parts.Board;

    /// <summary>The queue store (for sync with central and for tests).</summary>
    public SiteQueue Queue => Parts.Store;

    public ISiteBus Bus => Parts.Bus;

    /// <summary>The link to central, or null when the hall runs alone.</summary>
    public CentralLink? Central => Parts.Central;

    /// <summary>The status light and service button on the hub's pins, or null when the site file wires none.</summary>
    public HubFixtures? Fixtures => Parts.Fixtures;

    public TechnicianMode TechnicianMode => Parts.TechnicianMode;

    /// <summary>The hall LED board, or null when the site file has none.</summary>
    public HallLedBoard? LedBoard => Parts.LedBoard;

    /// <summary>The hub stopped itself to apply a newer site configuration from central (a restart applies it).</summary>
    public bool ConfigurationRestartRequested { get; private set; }

    /// <summary>Central's configuration version in force, else the site file's.</summary>
    public int ConfigVersion => Parts.Central?.RunningConfigVersion ?? Parts.Outputs.ConfigVersion;

    /// <summary>Where announcements are written when the audio output is a folder.</summary>
    public string? AnnouncementFolder => Parts.Speaker is WavFileSpeaker files ? files.Folder : null;

    public IServiceProvider Services => _app.Services;

    internal HubParts Parts { get; }

    /// <summary>Completes when the host is asked to stop (Ctrl+C, SIGTERM from systemd).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public static async Task<HubHost> StartAsync(HubOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var data = DataFolder.Prepare(options.DataFolder);
        // The hub reads no appsettings file (its configuration is the site file), and its data folder
        // is written on every commit and print: a configuration file watcher there would wake on each.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = data,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        if (options.ConfigureLogging is { } configure)
        {
            configure(builder.Logging);
        }
        else
        {
            builder.Logging.AddSimpleConsole(c =>
            {
                c.SingleLine = true;
                c.TimestampFormat = "HH:mm:ss ";
                c.IncludeScopes = false;
            });
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        }

        ConfigureHttp(builder, options);
        builder.Services.AddSingleton(options.Time);
        var app = builder.Build();
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();
        var cleanup = new List<Func<ValueTask>>();
        try
        {
            var parts = HubParts.Create(options, data, loggers, cleanup);
            var host = new HubHost(app, parts, cleanup);
            HubEndpoints.Map(app, parts);
            await host.StartPartsAsync(cancellationToken);
            return host;
        }
        catch
        {
            await RunCleanupAsync(cleanup);
            await app.DisposeAsync();
            throw;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        var log = Parts.Logger;
        log.LogInformation("Hub {Site} stopping", Site.SiteId);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(10));
        await _app.StopAsync(deadline.Token);
        try
        {
            await Parts.Bus.StopAsync(ContractJson.Serialize(new HubState(Online: false, ConfigVersion: ConfigVersion)), deadline.Token);
        }
#pragma warning disable CA1031 // Stopping goes on whatever the broker says.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning("Broker did not stop cleanly: {Error}", e.Message);
        }

        await RunCleanupAsync(_cleanup);
        log.LogInformation("Hub {Site} stopped", Site.SiteId);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
    }

    private static void ConfigureHttp(WebApplicationBuilder builder, HubOptions options)
    {
        if (options.Urls is { } urls)
        {
            builder.WebHost.UseUrls(urls);
            return;
        }

        var bind = IPAddress.Parse(options.Bind ?? options.Site.HttpBind);
        var port = options.HttpPort ?? options.Site.HttpPort;
        builder.WebHost.ConfigureKestrel(k => k.Listen(bind, port));
    }

    private static async Task RunCleanupAsync(List<Func<ValueTask>> cleanup)
    {
        // Last started, first stopped: the gateway goes before the queue it writes to.
        for (var i = cleanup.Count - 1; i >= 0; i--)
        {
            await cleanup[i]();
        }

        cleanup.Clear();
    }

    private async Task StartPartsAsync(CancellationToken cancellationToken)
    {
        var log = Parts.Logger;
        var version = typeof(HubHost).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "dev";
        log.LogInformation("Hub {Version} for {Site} ({Name}): {Devices} devices, {Categories} categories, {Counters} counters",
            version, Site.SiteId, Site.Name, Site.Devices.Count, Site.Queue.Categories.Count, Site.Queue.Counters.Count);
        log.LogInformation("Queue store {Path} (SQLite {SqliteVersion})", Queue.Path, Queue.SqliteVersion);
        await Parts.Bus.StartAsync(cancellationToken);
        if (Parts.CredentialsReload is { } reload)
        {
            reload.Start();
            // A change between reading the site file and watching it is not missed.
            reload.Apply();
        }

        await Parts.Gateway.StartAsync(cancellationToken);
        await Parts.Projection.StartAsync(cancellationToken);
        _version = version;
        await Parts.Bus.PublishAsync(Site.Topics.HubState, OnlineState(), retain: true, cancellationToken);
        Parts.Bus.Reconnected += () => _ = RepublishAsync(OnlineState());
        if (Parts.Central is { } central)
        {
            central.StateChanged += state => _ = PublishHubStateAsync();
            central.ConfigurationDue += RestartForConfiguration;
            central.Start();
        }

        await _app.StartAsync(cancellationToken);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault() ?? "http://127.0.0.1:0";
        HttpAddress = new Uri(first.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        log.LogInformation("MQTT: {Broker}", Parts.Bus.Description);
        foreach (var address in addresses)
        {
            log.LogInformation("HTTP: hall screen {Address}/display, technician page {Address}/devices", address.TrimEnd('/'), address.TrimEnd('/'));
        }

        log.LogInformation("Printers: {Printers}; announcements: {Audio}",
            string.Join(", ", Parts.Printers.Printers.Select(p => $"{p.Key} → {p.Value.Name}")), Parts.AudioDescription);
    }

    private byte[] OnlineState() => ContractJson.Serialize(new HubState(Online: true,
        Central: Parts.Central is { } central ? (central.State == CentralLinkState.Up ? "up" : "down") : null,
        Version: _version, ConfigVersion: ConfigVersion));

    /// <summary>A newer configuration from central is due at a safe moment: stop, and the service manager (or the owner) starts the hub again with it.</summary>
    private void RestartForConfiguration(int version)
    {
        Parts.Logger.LogWarning("Restarting to apply site configuration version {Version} from central", version);
        ConfigurationRestartRequested = true;
        _app.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
    }

    /// <summary>Only <c>hub/state</c> (the central link went up or down); devices' retained messages are untouched.</summary>
    private async Task PublishHubStateAsync()
    {
        try
        {
            await Parts.Bus.PublishAsync(Site.Topics.HubState, OnlineState(), retain: true, CancellationToken.None);
        }
#pragma warning disable CA1031 // The next change or reconnect publishes it again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Parts.Logger.LogWarning("Publishing hub/state failed: {Error}", e.Message);
        }
    }

    private async Task RepublishAsync(ReadOnlyMemory<byte> online)
    {
        try
        {
            await Parts.Bus.PublishAsync(Site.Topics.HubState, online, retain: true, CancellationToken.None);
            await Parts.Projection.RepublishAsync(CancellationToken.None);
        }
#pragma warning disable CA1031 // The next reconnect tries again.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Parts.Logger.LogWarning("Republishing retained messages after reconnect failed: {Error}", e.Message);
        }
    }
}
