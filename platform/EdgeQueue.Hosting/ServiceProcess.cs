using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Hosting;

/// <summary>
/// A service run as a child process, as production runs it: started with its command line, ready
/// when its URL answers, stopped with SIGTERM as systemd does, or killed like a power cut. Its
/// resident memory is its own. One launcher for the simulator's hub and the benchmarks' hub.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private const int TailLines = 40;

    private readonly Process _process;
    private readonly ServiceProcessOptions _options;
    private readonly Queue<string> _tail = new();
    private bool _disposed;

    private ServiceProcess(Process process, ServiceProcessOptions options)
    {
        _process = process;
        _options = options;
    }

    public int Id => _process.Id;

    /// <summary>True once the process ended, and after disposal.</summary>
    public bool HasExited => _disposed || _process.HasExited;

    /// <summary>Starts the service and returns once <see cref="ServiceProcessOptions.ReadyUrl"/> answers.</summary>
    public static async Task<ServiceProcess> StartAsync(ServiceProcessOptions options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        var isAssembly = options.Program.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(options.Program) && (isAssembly || Path.IsPathRooted(options.Program)))
        {
            throw new FileNotFoundException($"{options.Name} is not built: {options.Program} is missing");
        }

        var start = new ProcessStartInfo(isAssembly ? DotnetHost() : options.Program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isAssembly)
        {
            start.ArgumentList.Add(options.Program);
        }

        foreach (var argument in options.Arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in options.Environment)
        {
            start.Environment[name] = value;
        }

        var child = new ServiceProcess(new Process { StartInfo = start }, options);
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            await child.WaitUntilReadyAsync(cancellation);
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
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
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb))
            {
                pss = kb * 1024;
            }
        }
        catch (IOException)
        {
        }

        return (_process.WorkingSet64, _process.PeakWorkingSet64, pss);
    }

    /// <summary>kill -9: no goodbye, nothing flushed beyond what the service made durable itself.</summary>
    public void Kill()
    {
        if (!_disposed && !_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGTERM and wait, as systemd stops a service; SIGKILL when it does not stop within <paramref name="grace"/>.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_disposed || _process.HasExited)
        {
            return;
        }

        PosixSignals.Terminate(_process.Id);
        using var deadline = new CancellationTokenSource(grace);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        await StopAsync(TimeSpan.FromSeconds(20));
        _disposed = true;
        _process.Dispose();
    }

    private static string DotnetHost()
    {
        if (System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return System.Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellation)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                // Without a timeout WaitForExit also waits for the last output lines to be read.
                await _process.WaitForExitAsync(cancellation);
                // The first line carries the service's own last words (EdgeQueue's hosts end with a
                // one-line reason); the lines before it follow for a log.
                throw new InvalidOperationException($"{_options.Name} exited with code {_process.ExitCode} while starting: {LastLine()}\n{Tail()}");
            }

            if (waited.Elapsed > _options.ReadyTimeout)
            {
                throw new TimeoutException($"{_options.Name} did not answer {_options.ReadyUrl} within {_options.ReadyTimeout.TotalSeconds:F0} s:\n{Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(_options.ReadyUrl, cancellation);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }

            await Task.Delay(_options.ReadyPollInterval, cancellation);
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }

        _options.Output?.Invoke(line);
    }

    private string LastLine()
    {
        lock (_tail)
        {
            return _tail.LastOrDefault(line => line.Trim().Length > 0)?.Trim() ?? "(it printed nothing)";
        }
    }

    private string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }
}
