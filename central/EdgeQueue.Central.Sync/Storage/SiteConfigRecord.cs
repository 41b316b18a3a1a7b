using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.Sync.Storage;

/// <summary>A version of a site's configuration as saved at central, by whom and when.</summary>
public sealed record SiteConfigRecord(string SiteId, SyncSiteConfig Config, DateTimeOffset CreatedAt, string CreatedBy);
