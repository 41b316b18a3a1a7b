using System.Diagnostics;
using System.Text;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// The hub as production runs it: its own process (<c>dotnet EdgeQueue.Hub.dll --site … --data …</c>),
/// so its resident memory is measured alone. Killed by PID at the end.
/// </summary>
internal sealed class HubProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Lock _gate = new();
    private bool _disposed;

    private HubProcess(Process process)
    {
        _process = process;
    }

    public int Pid => _process.Id;

    public string Log
    {
        get
        {
            lock (_gate)
            {
                return _log.ToString();
            }
        }
    }

    /// <param name="hub">
    /// The hub to run: null for the build beside the benchmark (<c>dotnet EdgeQueue.Hub.dll</c>), or
    /// the path of a published one (its executable, e.g. a self-contained ReadyToRun publish).
    /// </param>
    public static async Task<HubProcess> StartAsync(string siteFile, string dataFolder, Uri http, CancellationToken cancellation, string? hub = null)
    {
        var start = new ProcessStartInfo(hub ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (hub is null)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll"));
        }

        foreach (var argument in new[] { "--site", siteFile, "--data", dataFolder })
        {
            start.ArgumentList.Add(argument);
        }

        var child = new HubProcess(new Process { StartInfo = start });
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (child._process.HasExited)
            {
                throw new InvalidOperationException($"the hub exited with {child._process.ExitCode}:\n{child.Log}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative), cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return child;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                await child.DisposeAsync();
                throw new TimeoutException($"the hub did not answer /health within 60 s:\n{child.Log}");
            }

            await Task.Delay(100, cancellation);
        }
    }

    /// <summary>The hub's own account of its memory (<c>/health</c>: working set and managed heap).</summary>
    public static async Task<string> HealthAsync(Uri http, CancellationToken cancellation)
    {
        using var client = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(10) };
        return await client.GetStringAsync(new Uri("/health", UriKind.Relative), cancellation);
    }

    /// <summary>
    /// Resident set now and at its peak, and the proportional set (PSS: private pages plus a share of
    /// pages shared with other processes, such as the .NET framework's files), in bytes.
    /// </summary>
    public (long Now, long Peak, long? Proportional) Memory()
    {
        _process.Refresh();
        long? pss = null;
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/smaps_rollup").FirstOrDefault(l => l.StartsWith("Pss:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kb))
            {
                pss = kb * 1024;
            }
        }
        catch (IOException)
        {
        }

        return (_process.WorkingSet64, _process.PeakWorkingSet64, pss);
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            if (_log.Length < 200_000)
            {
                _log.AppendLine(line);
            }
        }
    }
}
