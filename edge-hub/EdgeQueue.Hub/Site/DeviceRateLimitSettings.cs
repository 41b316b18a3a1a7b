namespace EdgeQueue.Hub.Site;

/// <summary>Events the hub takes from one device: <see cref="Burst"/> at once, then <see cref="PerSecond"/>.</summary>
public sealed record DeviceRateLimitSettings(int Burst, double PerSecond)
{
    /// <summary>Far above the firmware's own limit (2 at once, then one every 3 s), far below a flood.</summary>
    public static DeviceRateLimitSettings Default { get; } = new(10, 1);
}
