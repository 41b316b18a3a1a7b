namespace EdgeQueue.Queue.Events;

/// <summary>A counter started serving.</summary>
public sealed record CounterOpened(DateTimeOffset At, int Counter) : QueueEvent(At);
