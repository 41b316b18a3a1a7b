using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>Removes a broker's configuration folder after the broker stopped.</summary>
internal sealed class DisposableFolder(TempDirectory folder) : IAsyncDisposable
{
    public ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
