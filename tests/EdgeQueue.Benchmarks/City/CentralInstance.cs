using EdgeQueue.Hosting;

namespace EdgeQueue.Benchmarks.City;

/// <summary>The central process of the city benchmark and its HTTP port.</summary>
internal sealed record CentralInstance(ServiceProcess Process, int Port) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Process.DisposeAsync();
}
