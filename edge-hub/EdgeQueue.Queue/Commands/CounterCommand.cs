namespace EdgeQueue.Queue.Commands;

/// <summary>A keypad button at a counter.</summary>
public abstract record CounterCommand(int Counter) : QueueCommand;
