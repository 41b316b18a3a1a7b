namespace EdgeQueue.Central.Booking.Administration;

/// <summary>One administration change: who, when, what. Details never contain residents' personal data.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Entity, string EntityId, string Details);
