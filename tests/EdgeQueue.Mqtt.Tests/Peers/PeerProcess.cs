using System.Diagnostics;
using System.Text;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>
/// A third-party program (mosquitto_pub, mosquitto_sub, Python Paho, the broker host) run by a
/// peer test: output collected line by line, waited for with generous timeouts, killed on dispose.
/// </summary>
internal sealed class PeerProcess : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waiters = [];

    private PeerProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public int ExitCode => _process.ExitCode;

    public int Id => _process.Id;

    public static PeerProcess Start(string fileName, params IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var peer = new PeerProcess(process);
        process.OutputDataReceived += (_, e) => peer.OnLine(e.Data, peer._output);
        process.ErrorDataReceived += (_, e) => peer.OnLine(e.Data, peer._error);
        process.Exited += (_, _) => peer._exited.TrySetResult();
        if (!process.Start())
        {
            throw new InvalidOperationException($"cannot start {fileName}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>Runs a program to its end; fails the test when it takes longer than <see cref="Patience"/>.</summary>
    public static async Task<PeerProcess> RunAsync(string fileName, params IEnumerable<string> arguments)
    {
        var peer = Start(fileName, arguments);
        try
        {
            await peer.WaitForExitAsync();
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    public async Task WaitForExitAsync()
    {
        try
        {
            await _exited.Task.WaitAsync(Patience);
            await _process.WaitForExitAsync();
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Describe()} did not exit within {Patience.TotalSeconds} s\nstdout:\n{Output}\nstderr:\n{Error}");
        }
    }

    /// <summary>Waits for a line of standard output or error containing <paramref name="text"/>.</summary>
    public async Task<string> WaitForLineAsync(string text)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            var already = (Output + Error).Split('\n').FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (already is not null)
            {
                return already;
            }

            _waiters.Add((l => l.Contains(text, StringComparison.Ordinal), seen));
        }

        var finished = await Task.WhenAny(seen.Task, _exited.Task, Task.Delay(Patience));
        if (finished == _exited.Task && !seen.Task.IsCompleted)
        {
            // Exited can be reported before the last output lines; this waits for the streams' end.
            await _process.WaitForExitAsync();
        }

        if (!seen.Task.IsCompleted)
        {
            throw new TimeoutException($"{Describe()} never printed '{text}'{(_exited.Task.IsCompleted ? " (it exited)" : string.Empty)}\nstdout:\n{Output}\nstderr:\n{Error}");
        }

        return await seen.Task;
    }

    /// <summary>Starts a program and waits for a line; the process is killed when the line never comes.</summary>
    public static async Task<PeerProcess> StartAndWaitForLineAsync(string text, string fileName, params IEnumerable<string> arguments)
    {
        var peer = Start(fileName, arguments);
        try
        {
            await peer.WaitForLineAsync(text);
            return peer;
        }
        catch
        {
            await peer.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the process like a crash or a pulled cable: no DISCONNECT is sent.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await KillAsync();
        }
        catch (InvalidOperationException)
        {
        }

        _process.Dispose();
    }

    private string Describe() => $"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)}";

    private void OnLine(string? line, StringBuilder into)
    {
        if (line is null)
        {
            return;
        }

        lock (into)
        {
            into.AppendLine(line);
        }

        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                waiter.Seen.TrySetResult(line);
                _waiters.Remove(waiter);
            }
        }
    }
}
