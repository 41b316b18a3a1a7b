using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Queue;

/// <summary><see cref="ISiteQueue"/> over the crash-safe SQLite <see cref="SiteQueue"/> in the hub's data folder.</summary>
public sealed class StoredSiteQueue : ISiteQueue
{
    public const string FileName = "queue.db";

    public StoredSiteQueue(SiteQueue queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        Inner = queue;
        Inner.EventsCommitted += OnCommitted;
    }

    public event Action<IReadOnlyList<QueueEvent>>? Committed;

    /// <summary>The store itself, for sync with central and for tests.</summary>
    public SiteQueue Inner { get; }

    public async Task<QueueOutcome> ExecuteAsync(string requestId, QueueCommand command, CancellationToken cancellationToken)
    {
        var result = await Inner.ExecuteAsync(command, requestId).WaitAsync(cancellationToken);
        var reply = new CommandReply(result.Error, result.Message, result.Ticket, result.NowServing);
        return new QueueOutcome(reply, result.IsDuplicate);
    }

    public QueueSnapshot Snapshot() => Inner.Snapshot();

    public ValueTask DisposeAsync()
    {
        Inner.EventsCommitted -= OnCommitted;
        Inner.Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnCommitted(object? sender, EventsCommittedEventArgs e) =>
        Committed?.Invoke([.. e.Events.Select(s => s.Event)]);
}
