namespace EdgeQueue.Contracts.Messages.Sync.Events;

/// <summary>A counter began serving.</summary>
public sealed record CounterOpened(DateTimeOffset At, int Counter) : HallEvent(At);
