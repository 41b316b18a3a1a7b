namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>A waiting ticket: its number, estimated wait in minutes (null when no open counter serves it), booked visit or walk-in.</summary>
public sealed record SyncWaitingTicket(string Ticket, int? EtaMin = null, bool? Booked = null);
