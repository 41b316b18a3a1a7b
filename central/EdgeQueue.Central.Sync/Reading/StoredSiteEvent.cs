namespace EdgeQueue.Central.Sync.Reading;

/// <summary>
/// A queue event of a site as stored at central: site, the site's sequence number, the event type
/// (<c>TicketIssued</c>, <c>TicketCalled</c>, … — the hub's <c>QueueEvent</c> names), when it happened
/// at the site, its JSON (the hub's own form, with <c>"type"</c>) and when central received it.
/// </summary>
public sealed record StoredSiteEvent(string SiteId, long Seq, string Type, DateTimeOffset At, string Json, DateTimeOffset ReceivedAt);
