using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Engine;

/// <summary>
/// A command being decided: the events so far and the state they lead to. Each event is applied as
/// it is emitted, so later rules see its effect (a no-show's next call sees the ticket set aside).
/// </summary>
internal sealed class Work(QueueState state)
{
    private readonly List<QueueEvent> _events = [];
    private QueueState _base = state;
    private int _baseCount;

    public QueueState State { get; private set; } = state;

    public IReadOnlyList<QueueEvent> Events => _events;

    public void Emit(QueueEvent queueEvent)
    {
        _events.Add(queueEvent);
        State = State.Apply(queueEvent);
    }

    /// <summary>What is emitted so far stays even if the command itself is refused (a due day rollover).</summary>
    public void KeepAsBase()
    {
        _base = State;
        _baseCount = _events.Count;
    }

    /// <summary>Drops the events of a refused command.</summary>
    public void Undo()
    {
        State = _base;
        _events.RemoveRange(_baseCount, _events.Count - _baseCount);
    }
}
