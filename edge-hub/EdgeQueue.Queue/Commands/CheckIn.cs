namespace EdgeQueue.Queue.Commands;

/// <summary>
/// A resident with a booking enters its confirmation code and gets a ticket. <paramref name="Dispenser"/>
/// is the device it was entered on (its printer prints the ticket); null when none.
/// </summary>
public sealed record CheckIn(string Code, string? Dispenser = null) : QueueCommand;
