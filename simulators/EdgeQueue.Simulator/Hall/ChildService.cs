using EdgeQueue.Hosting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// One of the demo's services (the hub, central) as a child process on the simulated clock, its
/// output appended to a log file. It can be stopped cleanly (SIGTERM), killed like a power cut
/// (SIGKILL) and started again on the same data folder.
/// </summary>
internal sealed class ChildService : IAsyncDisposable
{
    private readonly ServiceProcessOptions _options;
    private readonly StreamWriter _log;
    private ServiceProcess? _process;

    /// <param name="options">What to run; its <see cref="ServiceProcessOptions.ReadyUrl"/> answers once the service serves.</param>
    /// <param name="address">The service's web address, for the welcome text and for clients.</param>
    /// <param name="logPath">Where the service's own output goes.</param>
    public ChildService(ServiceProcessOptions options, Uri address, string logPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        Address = address;
        LogPath = logPath;
        _log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        _options = options with { Output = Log };
    }

    public Uri Address { get; }

    /// <summary>The environment that puts a child on the day's clock (and on the workstation GC, as on a Pi).</summary>
    public static Dictionary<string, string> OnClock(ScaledTimeProvider clock) => new()
    {
        [HostClock.EnvironmentVariable] = HostClock.Format(clock),
        ["DOTNET_gcServer"] = "0",
    };

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public string LogPath { get; }

    /// <summary>Starts the service and waits until it answers; a failure says why in one line and names the log.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _process = await ServiceProcess.StartAsync(_options, cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // The service's whole output is in the log already; the person at the terminal gets the reason.
            var reason = e.Message.Split('\n')[0].TrimEnd(':');
            throw e is TimeoutException
                ? new TimeoutException($"{reason} (its output: {LogPath})", e)
                : new InvalidOperationException($"{reason} (its output: {LogPath})", e);
        }
    }

    /// <summary>kill -9: no goodbye, no flush beyond what the service committed.</summary>
    public void Kill() => _process?.Kill();

    /// <summary>SIGTERM and wait, as systemd stops a service; SIGKILL if it does not stop in time.</summary>
    public Task StopAsync() => _process?.StopAsync(TimeSpan.FromSeconds(20)) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        lock (_log)
        {
            _log.Dispose();
        }
    }

    private void Log(string line)
    {
        lock (_log)
        {
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }
}
