namespace EdgeQueue.Queue.Commands;

/// <summary>A dispenser button: a walk-in ticket in the category with this prefix.</summary>
public sealed record IssueTicket(string Category) : QueueCommand;
