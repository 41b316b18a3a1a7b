using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Queue;

/// <summary><see cref="ISiteQueue"/> over the crash-safe SQLite <see cref="SiteQueue"/> in the hub's data folder.</summary>
public sealed class StoredSiteQueue : ISiteQueue
{
    public const string FileName = "queue.db";

    private readonly SiteQueue _store;
    private readonly SiteCalendar _calendar;
    private readonly TimeProvider _time;

    public StoredSiteQueue(SiteQueue queue, TimeZoneInfo zone, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(queue);
        _store = queue;
        _calendar = new SiteCalendar(queue.Configuration, zone);
        _time = time;
    }

    public event EventHandler<EventsCommittedEventArgs>? Committed
    {
        add => _store.EventsCommitted += value;
        remove => _store.EventsCommitted -= value;
    }


    public Task<CommandResult> ExecuteAsync(string requestId, QueueCommand command, CancellationToken cancellationToken) =>
        _store.ExecuteAsync(command, requestId).WaitAsync(cancellationToken);

    public QueueSnapshot Snapshot() => _store.Snapshot();

    public QueueFigures Figures()
    {
        var state = _store.State;
        var now = _time.GetUtcNow();
        // Both read without walking the tickets: the waiting counts are kept with the state, and a
        // counter knows the ticket it serves. This runs after every commit, however long the day.
        var serving = new Dictionary<int, string>();
        foreach (var counter in state.Counters.Values)
        {
            if (state.CurrentTicketAt(counter.Number) is { Status: TicketStatus.Called } ticket && ticket.Counter == counter.Number)
            {
                serving[counter.Number] = ticket.Number;
            }
        }

        var open = _store.Configuration.Categories.ToDictionary(
            c => c.Prefix, c => _calendar.IsOpenForIssue(c, now, out _), StringComparer.Ordinal);
        return new QueueFigures(state.WaitingByCategory, open, serving);
    }

    public DateOnly? DueRollover()
    {
        var today = _calendar.DayOf(_time.GetUtcNow());
        return today > _store.State.Day ? today : null;
    }

    public bool IsCounterOpen(int counter) => _store.State.CounterOf(counter).Open;

    public int WaitingAt(int counter)
    {
        var served = _store.Configuration.FindCounter(counter)?.Categories;
        return served is null
            ? 0
            : served.Sum(category => _store.State.WaitingByCategory.GetValueOrDefault(category));
    }

    public TicketInfo? FindTicket(long ticketId) => _store.FindTicket(ticketId);

    public ValueTask DisposeAsync()
    {
        _store.Dispose();
        return ValueTask.CompletedTask;
    }
}
