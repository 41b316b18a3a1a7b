namespace EdgeQueue.Queue.Commands;

/// <summary>Next: finishes the current client (if any) and calls the next one by the rules of DESIGN.md §6.</summary>
public sealed record CallNext(int Counter) : CounterCommand(Counter);
