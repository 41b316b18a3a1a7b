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
    /// <summary>Runs another build of the hub (a path to its EdgeQueue.Hub.dll), e.g. one under test.</summary>
    public const string HubDllVariable = "EDGEQUEUE_SIM_HUB";

    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private readonly string _sitePath;
    private readonly string _dataFolder;
    private readonly int _httpPort;
    private readonly string _clockSpec;
    private readonly StreamWriter _log;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;

    public HubProcess(string sitePath, string dataFolder, int httpPort, ScaledTimeProvider clock)
    {
        _sitePath = sitePath;
        _dataFolder = dataFolder;
        _httpPort = httpPort;
        _clockSpec = HostClock.Format(clock);
        _log = new StreamWriter(Path.Combine(dataFolder, "hub.log"), append: true) { AutoFlush = true };
    }

    public Uri Address => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{_httpPort}/"));

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    /// <summary>Where the hub's own output goes.</summary>
    public string LogPath => Path.Combine(_dataFolder, "hub.log");

    /// <summary>Starts the hub and waits until its pages answer; the real time it took.</summary>
    public async Task<TimeSpan> StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var hubDll = HubDll();
        if (!File.Exists(hubDll))
        {
            throw new FileNotFoundException($"the hub is not built beside the simulator ({hubDll})");
        }

        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { hubDll, "--site", _sitePath, "--data", _dataFolder, "--port", _httpPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[HostClock.EnvironmentVariable] = _clockSpec;
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the hub process did not start");
        process.OutputDataReceived += (_, e) => Log(e.Data);
        process.ErrorDataReceived += (_, e) => Log(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        await WaitUntilServingAsync(process, cancellationToken);
        return started.Elapsed;
    }

    /// <summary>kill -9: no goodbye, no flush beyond what the hub committed.</summary>
    public void Kill()
    {
        var process = _process;
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM and wait, as systemd stops the hub; SIGKILL if it does not stop in time.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        if (process is null || process.HasExited)
        {
            return;
        }

        PosixSignals.Terminate(process.Id);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        _http.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    /// <summary>The hub built beside the simulator, or the one named by <see cref="HubDllVariable"/>.</summary>
    public static string HubDll() =>
        Environment.GetEnvironmentVariable(HubDllVariable) is { Length: > 0 } other
            ? Path.GetFullPath(other)
            : Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll");

    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private async Task WaitUntilServingAsync(Process process, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ReadyTimeout);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"the hub exited with code {process.ExitCode} while starting; see {LogPath}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(Address, "display"), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!deadline.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"the hub did not serve {Address}display within {ReadyTimeout.TotalSeconds} s; see {LogPath}");
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"the hub did not serve {Address}display within {ReadyTimeout.TotalSeconds} s; see {LogPath}");
            }
        }
    }

    private void Log(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            if (_log.BaseStream.CanWrite)
            {
                _log.WriteLine(line);
            }
        }
    }
}
