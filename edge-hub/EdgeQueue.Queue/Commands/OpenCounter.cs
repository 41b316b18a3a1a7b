namespace EdgeQueue.Queue.Commands;

public sealed record OpenCounter(int Counter) : CounterCommand(Counter);
