namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>
/// One queue event as central stored it: the site's sequence number, the event's type name and
/// the event's JSON exactly as the hub sent it (<c>QueueJson</c>, with its <c>"type"</c>).
/// </summary>
public sealed record SiteEventRecord(long Seq, string Type, string Json);
