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

    public static async Task<HubProcess> StartAsync(string siteFile, string dataFolder, Uri http, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll"), "--site", siteFile, "--data", dataFolder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var hub = new HubProcess(new Process { StartInfo = start });
        hub._process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        hub._process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        hub._process.Start();
        hub._process.BeginOutputReadLine();
        hub._process.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = http, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (hub._process.HasExited)
            {
                throw new InvalidOperationException($"the hub exited with {hub._process.ExitCode}:\n{hub.Log}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative), cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return hub;
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
                await hub.DisposeAsync();
                throw new TimeoutException($"the hub did not answer /health within 60 s:\n{hub.Log}");
            }

            await Task.Delay(100, cancellation);
        }
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
