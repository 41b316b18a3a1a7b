namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>One category of <see cref="SyncSiteStatus"/>: open for tickets now, waiting tickets in the order they will be called.</summary>
public sealed record SyncCategoryStatus(string Prefix, string Name, bool Open, IReadOnlyList<SyncWaitingTicket> Waiting);
