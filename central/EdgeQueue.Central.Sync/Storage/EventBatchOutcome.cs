namespace EdgeQueue.Central.Sync.Storage;

/// <summary>
/// What storing a batch did: <see cref="Acked"/> is the site's highest contiguous sequence now
/// stored; <see cref="Stored"/> new events, <see cref="Duplicates"/> already there, and
/// <see cref="GapAfter"/> the sequence after which a number was missing (the rest waits for a resend).
/// </summary>
internal sealed record EventBatchOutcome(long Acked, int Stored, int Duplicates, long? GapAfter);
