namespace EdgeQueue.Queue.Commands;

/// <summary>Closes a counter; refused while it still has a client (finish with Done, No-show or Transfer first).</summary>
public sealed record CloseCounter(int Counter) : CounterCommand(Counter);
