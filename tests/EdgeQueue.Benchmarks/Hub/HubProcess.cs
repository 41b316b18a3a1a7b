using System.Diagnostics;
using System.Text;
using EdgeQueue.Hosting;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// The hub as production runs it, through the one service launcher (<see cref="ServiceProcess"/>,
/// also the simulator's): its own process (<c>dotnet EdgeQueue.Hub.dll --site … --data …</c>), so
/// its resident memory is measured alone; its output kept for a failed run's report.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly ServiceProcess _process;
    private readonly StringBuilder _log;

    private HubProcess(ServiceProcess process, StringBuilder log, TimeSpan startUp)
    {
        _process = process;
        _log = log;
        StartUp = startUp;
    }

    /// <summary>From starting the process to its first healthy <c>/health</c> (asked every 5 ms).</summary>
    public TimeSpan StartUp { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="hub">
    /// The hub to run: null for the build beside the benchmark (<c>EdgeQueue.Hub.dll</c>), or the
    /// path of a published one (its executable, e.g. a self-contained ReadyToRun publish).
    /// </param>
    public static async Task<HubProcess> StartAsync(string siteFile, string dataFolder, Uri http, CancellationToken cancellation, string? hub = null)
    {
        var log = new StringBuilder();
        var started = Stopwatch.GetTimestamp();
        var process = await ServiceProcess.StartAsync(new ServiceProcessOptions
        {
            Name = "the hub",
            Program = hub ?? Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll"),
            Arguments = ["--site", siteFile, "--data", dataFolder],
            ReadyUrl = new Uri(http, "/health"),
            ReadyTimeout = TimeSpan.FromSeconds(60),
            ReadyPollInterval = TimeSpan.FromMilliseconds(5),
            Output = line =>
            {
                lock (log)
                {
                    if (log.Length < 200_000)
                    {
                        log.AppendLine(line);
                    }
                }
            },
        }, cancellation);
        return new HubProcess(process, log, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The hub's own account of its memory (<c>/health</c>: working set and managed heap).</summary>
    public static async Task<string> HealthAsync(Uri http, CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(10) };
        return await client.GetStringAsync(new Uri("/health", UriKind.Relative), cancellation);
    }

    /// <inheritdoc cref="ServiceProcess.Memory"/>
    public (long Now, long Peak, long? Proportional) Memory() => _process.Memory();

    /// <summary>Killed at the end: the benchmark needs nothing from a clean stop.</summary>
    public async ValueTask DisposeAsync()
    {
        _process.Kill();
        await _process.DisposeAsync();
    }
}
