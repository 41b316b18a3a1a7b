namespace EdgeQueue.Queue.Commands;

/// <summary>The called resident did not come: set the ticket aside (or remove it at the limit) and call the next.</summary>
public sealed record NoShow(int Counter) : CounterCommand(Counter);
