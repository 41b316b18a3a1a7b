namespace EdgeQueue.Hub.Site;

/// <summary><c>deviceRateLimit</c>: how many events the hub takes from one device (defaults 10 at once, then 1 a second).</summary>
public sealed class DeviceRateLimitSection
{
    public int? Burst { get; set; }

    public double? PerSecond { get; set; }
}
