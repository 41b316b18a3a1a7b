using System.Globalization;

namespace EdgeQueue.Hub.Site.Validation;

/// <summary>How many events the hub takes from one device.</summary>
internal sealed class DeviceRateLimitValidator(SiteProblems problems)
{
    public DeviceRateLimitSettings Build(DeviceRateLimitSection? fromFile)
    {
        var defaults = DeviceRateLimitSettings.Default;
        var burst = fromFile?.Burst ?? defaults.Burst;
        var perSecond = fromFile?.PerSecond ?? defaults.PerSecond;
        if (burst is < 1 or > 100_000)
        {
            problems.Add($"deviceRateLimit.burst: {burst} must be between 1 and 100000");
        }

        if (!(perSecond is > 0 and <= 100_000))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"deviceRateLimit.perSecond: {perSecond} must be above 0 and at most 100000"));
        }

        return new DeviceRateLimitSettings(burst, perSecond);
    }
}
