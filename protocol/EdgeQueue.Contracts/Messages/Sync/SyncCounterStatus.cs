namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>One counter of <see cref="SyncSiteStatus"/>: open, and the ticket called to it now (null when idle).</summary>
public sealed record SyncCounterStatus(int Number, bool Open, string? Ticket = null);
