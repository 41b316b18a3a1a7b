namespace EdgeQueue.Hub.Site.Validation;

/// <summary>The site file gives durations in whole minutes.</summary>
internal static class SiteFileDurations
{
    public static TimeSpan Minutes(int? value, TimeSpan fallback) => value is { } m ? TimeSpan.FromMinutes(m) : fallback;
}
