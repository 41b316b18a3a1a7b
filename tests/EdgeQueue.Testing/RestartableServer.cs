namespace EdgeQueue.Testing;

/// <summary>
/// A server a test stops (killed, like a crash) and starts again with the same command, ports and
/// files: a <see cref="ServerProcess"/> per run, the output of every run kept.
/// </summary>
public sealed class RestartableServer(Func<ServerProcess> start, Func<ServerProcess, CancellationToken, Task> waitUntilReady)
{
    private string _earlierOutput = "";
    private ServerProcess? _process;

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The running process's id; null when stopped.</summary>
    public int? ProcessId => _process?.Id;

    /// <summary>What every run wrote to stdout and stderr.</summary>
    public string Output => _earlierOutput + _process?.Output;

    public async Task StartAsync(CancellationToken cancellation)
    {
        _process = start();
        await waitUntilReady(_process, cancellation);
    }

    public async Task StopAsync()
    {
        var process = _process;
        if (process is null)
        {
            return;
        }

        await process.StopAsync();
        _earlierOutput += process.Output;
        _process = null;
    }

    public async Task RestartAsync(CancellationToken cancellation)
    {
        await StopAsync();
        await StartAsync(cancellation);
    }
}
