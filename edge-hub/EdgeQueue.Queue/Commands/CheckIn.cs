namespace EdgeQueue.Queue.Commands;

/// <summary>A resident with a booking enters its confirmation code and gets a ticket.</summary>
public sealed record CheckIn(string Code) : QueueCommand;
