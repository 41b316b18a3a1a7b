using EdgeQueue.Contracts.Messages.Sync;

namespace EdgeQueue.Central.SiteViews.Feed;

/// <summary>A site's latest <c>sync/devices</c> and the moment central stored it (by central's clock).</summary>
public sealed record SiteDeviceReport(string Site, SyncDeviceList Devices, DateTimeOffset ReceivedAt);
