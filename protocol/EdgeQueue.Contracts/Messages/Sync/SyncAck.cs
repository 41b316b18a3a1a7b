namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// <c>…/sync/events-ack</c> (central → hub) and <c>…/sync/bookings-ack</c> (hub → central), QoS 1,
/// retained: the highest sequence number applied with every lower one applied too.
/// </summary>
public sealed record SyncAck(long Seq, DateTimeOffset? At = null);
