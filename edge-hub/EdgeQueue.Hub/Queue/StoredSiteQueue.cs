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

    private readonly SiteCalendar _calendar;
    private readonly TimeProvider _time;

    public StoredSiteQueue(SiteQueue queue, TimeZoneInfo zone, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(queue);
        Inner = queue;
        _calendar = new SiteCalendar(queue.Configuration, zone);
        _time = time;
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

    public QueueFigures Figures()
    {
        var state = Inner.State;
        var now = _time.GetUtcNow();
        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        var serving = new Dictionary<int, string>();
        foreach (var ticket in state.Tickets.Values)
        {
            if (ticket.Status == TicketStatus.Waiting)
            {
                waiting[ticket.Category] = waiting.GetValueOrDefault(ticket.Category) + 1;
            }
            else if (ticket is { Status: TicketStatus.Called, Counter: { } counter })
            {
                serving[counter] = ticket.Number;
            }
        }

        var open = Inner.Configuration.Categories.ToDictionary(
            c => c.Prefix, c => _calendar.IsOpenForIssue(c, now, out _), StringComparer.Ordinal);
        return new QueueFigures(waiting, open, serving);
    }

    public DateOnly? DueRollover()
    {
        var today = _calendar.DayOf(_time.GetUtcNow());
        return today > Inner.State.Day ? today : null;
    }

    public bool IsCounterOpen(int counter) => Inner.State.CounterOf(counter).Open;

    public int WaitingAt(int counter)
    {
        var served = Inner.Configuration.FindCounter(counter)?.Categories;
        return served is null
            ? 0
            : Inner.State.Tickets.Values.Count(t => t.Status == TicketStatus.Waiting && served.Contains(t.Category, StringComparer.Ordinal));
    }

    public TicketInfo? FindTicket(long ticketId) => Inner.FindTicket(ticketId);

    public ValueTask DisposeAsync()
    {
        Inner.EventsCommitted -= OnCommitted;
        Inner.Dispose();
        return ValueTask.CompletedTask;
    }

    private void OnCommitted(object? sender, EventsCommittedEventArgs e) =>
        Committed?.Invoke([.. e.Events.Select(s => s.Event)]);
}
