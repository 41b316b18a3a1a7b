namespace EdgeQueue.Central.Sync.Reading;

/// <summary>
/// A booking cancelled at central while the site was cut off, after the resident had already
/// checked in at the hall: the site's check-in wins, the visit is served (docs/sync.md).
/// </summary>
public sealed record OvertakenCancellation(string SiteId, string Code, string Ticket, DateTimeOffset CheckedInAt, long CancelledSeq, DateTimeOffset RecordedAt);
