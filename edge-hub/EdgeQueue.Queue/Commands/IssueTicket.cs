namespace EdgeQueue.Queue.Commands;

/// <summary>
/// A dispenser button: a walk-in ticket in the category with this prefix. <paramref name="Dispenser"/>
/// is the device that asked (its printer prints the ticket once it is committed); null when none did.
/// </summary>
public sealed record IssueTicket(string Category, string? Dispenser = null) : QueueCommand;
