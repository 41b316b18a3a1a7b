namespace EdgeQueue.Queue.Commands;

/// <summary>Repeats the announcement of the counter's current ticket.</summary>
public sealed record Recall(int Counter) : CounterCommand(Counter);
