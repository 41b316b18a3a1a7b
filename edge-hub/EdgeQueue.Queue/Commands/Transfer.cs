namespace EdgeQueue.Queue.Commands;

/// <summary>Moves the counter's current ticket to another category, keeping its issue time.</summary>
public sealed record Transfer(int Counter, string ToCategory) : CounterCommand(Counter);
