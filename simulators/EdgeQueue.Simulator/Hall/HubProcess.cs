using System.Diagnostics;
using System.Globalization;
using EdgeQueue.Hosting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The real hub (<c>EdgeQueue.Hub.dll</c>, copied beside the simulator) as a child process on the
/// simulated clock (<see cref="HostClock.EnvironmentVariable"/>), its output appended to
/// <c>hub.log</c> in the data folder. It can be stopped cleanly (SIGTERM), killed like a power cut
/// (SIGKILL) and started again on the same data folder.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly ServiceProcessOptions _options;
    private readonly StreamWriter _log;
    private ServiceProcess? _process;

    /// <param name="program">The hub's dll (run by dotnet) or an executable (the Native AOT hub).</param>
    public HubProcess(string program, string sitePath, string dataFolder, int httpPort, ScaledTimeProvider clock)
    {
        Address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}/"));
        LogPath = Path.Combine(dataFolder, "hub.log");
        _log = new StreamWriter(LogPath, append: true) { AutoFlush = true };
        _options = new ServiceProcessOptions
        {
            Name = "the hub",
            Program = program,
            Arguments = ["--site", sitePath, "--data", dataFolder, "--port", httpPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1"],
            Environment = new Dictionary<string, string>
            {
                [HostClock.EnvironmentVariable] = HostClock.Format(clock),
                ["DOTNET_gcServer"] = "0",
            },
            ReadyUrl = new Uri(Address, "display"),
            Output = Log,
        };
    }

    public Uri Address { get; }

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Where the hub's own output goes.</summary>
    public string LogPath { get; }

    /// <summary>Starts the hub and waits until its pages answer; the real time it took.</summary>
    public async Task<TimeSpan> StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        _process = await ServiceProcess.StartAsync(_options, cancellationToken);
        return started.Elapsed;
    }

    /// <summary>kill -9: no goodbye, no flush beyond what the hub committed.</summary>
    public void Kill() => _process?.Kill();

    /// <summary>SIGTERM and wait, as systemd stops the hub; SIGKILL if it does not stop in time.</summary>
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

    /// <summary>The IL build of the hub copied beside the simulator (the default; <c>--hub</c> names another).</summary>
    public static string BesideTheSimulator => Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll");

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
