namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>A started broker: where it listens, its process, and what stops it (and removes its files).</summary>
internal sealed class RunningBroker(int port, int processId, params IAsyncDisposable[] owned) : IRunningBroker
{
    public int Port => port;

    public int ProcessId => processId;

    public async ValueTask DisposeAsync()
    {
        foreach (var resource in owned)
        {
            await resource.DisposeAsync();
        }
    }
}
