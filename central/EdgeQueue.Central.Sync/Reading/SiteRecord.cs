namespace EdgeQueue.Central.Sync.Reading;

/// <summary>The latest retained message of one kind from a site, and when central stored it.</summary>
public sealed record SiteRecord<T>(string SiteId, T Message, DateTimeOffset ReceivedAt);
