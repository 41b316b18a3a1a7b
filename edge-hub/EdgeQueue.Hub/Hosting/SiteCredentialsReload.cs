using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Site;
using EdgeQueue.Mqtt.Link;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Hosting;

/// <summary>
/// Where a changed site file reaches the running hub's broker: its file watcher and the technician
/// page's device edits both end in <see cref="Apply"/>, which reads the file, validates it as at start,
/// and hands the devices' credentials to the embedded broker (<see cref="EmbeddedSiteBus.ApplyDevices"/>).
/// A file that does not validate (half-edited by hand) changes nothing: the hub keeps the credentials
/// it has and logs the reason once. Only credentials are applied while running; a new device's
/// buttons or counter, and every other section, take effect at the hub's next start.
/// </summary>
internal sealed class SiteCredentialsReload : IAsyncDisposable
{
    // A missed file event (an editor that swaps folders, an overflowing watcher) is caught up by this.
    private static readonly TimeSpan LookAgainEvery = TimeSpan.FromSeconds(15);

    private readonly ISiteBus _bus;
    private readonly TimeProvider _time;
    private readonly ILogger _log;
    private readonly Lock _applying = new();
    private readonly WakeSignal _changed = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly LiveDeviceCredentials? _external;
    private FileSystemWatcher? _watcher;
    private Task _loop = Task.CompletedTask;
    private string? _lastProblem;

    /// <param name="time">Real time for the look-again interval (the hub's day clock may be simulated).</param>
    public SiteCredentialsReload(string sitePath, SiteDefinition running, ISiteBus bus, TimeProvider time, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(running);
        SitePath = Path.GetFullPath(sitePath);
        _bus = bus;
        _time = time;
        _log = log;
        // An external broker checks its own password file: changes are only reported, for the technician to export.
        _external = bus is EmbeddedSiteBus ? null : new LiveDeviceCredentials(running.Topics, running.Devices);
    }

    public string SitePath { get; }

    /// <summary>Reads the site file and applies its device credentials now; null when the file is not valid (nothing changed).</summary>
    public CredentialChanges? Apply()
    {
        lock (_applying)
        {
            SiteDefinition site;
            try
            {
                site = SiteFileLoader.Load(SitePath);
            }
            catch (SiteFileException e)
            {
                if (e.Message != _lastProblem)
                {
                    _lastProblem = e.Message;
                    _log.LogWarning("Site file changed but is not valid, device credentials unchanged: {Problem}", e.Message);
                }

                return null;
            }

            _lastProblem = null;
            var changes = _bus is EmbeddedSiteBus embedded ? embedded.ApplyDevices(site.Devices) : _external!.Replace(site.Devices);
            if (!changes.IsEmpty)
            {
                _log.LogWarning(_external is null
                    ? "Device credentials from the site file applied: {Changes}"
                    : "Device credentials changed in the site file ({Changes}): the external broker needs `hub export-mosquitto` and a reload",
                    changes.Describe());
            }

            return changes;
        }
    }

    /// <summary>Watches the site file's folder (the file is replaced by a rename when edited atomically).</summary>
    public void Start()
    {
        var folder = Path.GetDirectoryName(SitePath)!;
        _watcher = new FileSystemWatcher(folder, Path.GetFileName(SitePath))
        {
            NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, _) => _changed.Set();
        _watcher.Created += (_, _) => _changed.Set();
        _watcher.Renamed += (_, _) => _changed.Set();
        _watcher.Error += (_, _) => _changed.Set();
        _watcher.EnableRaisingEvents = true;
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _stopping.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The watch ended with the hub.
        }

        _changed.Dispose();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            await _changed.WaitAsync(LookAgainEvery, _time, stopping);
            if (stopping.IsCancellationRequested)
            {
                return;
            }

            try
            {
                Apply();
            }
#pragma warning disable CA1031 // A failure to read the file must not end the watch (nor the hub): the next change tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _log.LogWarning("Re-reading the site file failed, device credentials unchanged: {Error}", e.Message);
            }
        }
    }
}
