namespace EdgeQueue.Queue.Commands;

/// <summary>The clerk finished with the current ticket.</summary>
public sealed record Done(int Counter) : CounterCommand(Counter);
