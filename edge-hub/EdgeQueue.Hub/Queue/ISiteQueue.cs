using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Queue;

/// <summary>
/// The hub's view of the site queue: commands with a request id (a device's event id) that are
/// committed before anything else happens, answered with the stored result when repeated, and a
/// notification of every committed batch of events. Implemented over the crash-safe SQLite store.
/// </summary>
public interface ISiteQueue : IAsyncDisposable
{
    /// <summary>
    /// The store's one commit notification (<see cref="SiteQueue.EventsCommitted"/>), passed through:
    /// raised after a batch of events is durable (never for a duplicate), in commit order, with the
    /// state after it.
    /// </summary>
    event EventHandler<EventsCommittedEventArgs>? Committed;

    /// <summary>The one result type from the queue to the gateway: the store's answer, after its commit is durable.</summary>
    Task<CommandResult> ExecuteAsync(string requestId, QueueCommand command, CancellationToken cancellationToken);

    /// <summary>The full picture with positions and estimates; costs in proportion to the day's tickets.</summary>
    QueueSnapshot Snapshot();

    /// <summary>Cheap: waiting counts, open categories and the tickets at the counters.</summary>
    QueueFigures Figures();

    /// <summary>The local date of a business day that has begun by the clock but not yet in the queue, or null.</summary>
    DateOnly? DueRollover();

    /// <summary>Cheap: whether the counter is open now.</summary>
    bool IsCounterOpen(int counter);

    /// <summary>Cheap: people waiting in the categories the counter serves.</summary>
    int WaitingAt(int counter);

    /// <summary>A ticket of today as it stands now (with its print outcome so far), or null.</summary>
    TicketInfo? FindTicket(long ticketId);
}
