namespace EdgeQueue.Queue.Events;

/// <summary>A counter stopped serving.</summary>
public sealed record CounterClosed(DateTimeOffset At, int Counter) : QueueEvent(At);
