using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Snapshots;

namespace EdgeQueue.Hub.Queue;

/// <summary>
/// The hub's view of the site queue: commands with a request id (a device's event id) that are
/// committed before anything else happens, answered with the stored result when repeated, and a
/// notification of every committed batch of events. Implemented over the crash-safe SQLite store.
/// </summary>
public interface ISiteQueue : IAsyncDisposable
{
    /// <summary>Raised after a command's events are committed (never for a duplicate), in commit order.</summary>
    event Action<IReadOnlyList<QueueEvent>>? Committed;

    Task<QueueOutcome> ExecuteAsync(string requestId, QueueCommand command, CancellationToken cancellationToken);

    QueueSnapshot Snapshot();
}
