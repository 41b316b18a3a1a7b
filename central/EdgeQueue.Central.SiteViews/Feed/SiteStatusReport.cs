using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>A site's latest <c>sync/status</c> and the moment central stored it (by central's clock).</summary>
public sealed record SiteStatusReport(string Site, SyncSiteStatus Status, DateTimeOffset ReceivedAt);
