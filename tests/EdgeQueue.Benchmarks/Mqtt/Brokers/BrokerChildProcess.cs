using System.Diagnostics;
using System.Text;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>
/// A broker run as a process of its own (<c>dotnet X.dll …</c>): started, awaited until it prints
/// the line that says it listens, killed by PID on dispose. Its output is kept for error messages.
/// </summary>
internal sealed class BrokerChildProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyText;

    private BrokerChildProcess(Process process, string readyText)
    {
        _process = process;
        _readyText = readyText;
    }

    public int ProcessId => _process.Id;

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

    /// <summary>Runs <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> and waits for <paramref name="readyText"/>.</summary>
    public static async Task<BrokerChildProcess> StartAsync(string dll, IEnumerable<string> arguments, string readyText, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { dll },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var child = new BrokerChildProcess(new Process { StartInfo = start }, readyText);
        child._process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            await child._ready.Task.WaitAsync(StartTimeout, cancellation);
            return child;
        }
        catch (TimeoutException)
        {
            await child.DisposeAsync();
            throw new TimeoutException($"{Path.GetFileName(dll)} did not print '{readyText}' within {StartTimeout.TotalSeconds} s:\n{child.Log}");
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }

            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }

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
            // A broker that logs every connection (1,100 sockets) must not grow this without bound.
            if (_log.Length < 64 * 1024)
            {
                _log.AppendLine(line);
            }
        }

        if (line.Contains(_readyText, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
