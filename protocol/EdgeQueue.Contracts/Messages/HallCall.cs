namespace EdgeQueue.Contracts.Messages;

/// <summary>One call on the hall boards: ticket → counter, and whether it repeats an earlier call.</summary>
public sealed record HallCall(string Ticket, int Counter, DateTimeOffset At, bool Recall = false);
