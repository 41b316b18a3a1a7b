using Microsoft.Extensions.Hosting;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>Starts the sync link with the host (it connects in the background) and closes it at stop.</summary>
internal sealed class CentralSyncHostedService(CentralSyncLink link) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        link.Start();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => link.DisposeAsync().AsTask();
}
