namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A counter stopped serving.</summary>
public sealed record CounterClosed(DateTimeOffset At, int Counter) : HallEvent(At);
