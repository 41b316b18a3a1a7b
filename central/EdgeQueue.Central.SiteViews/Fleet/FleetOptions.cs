namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>When the fleet view raises alerts.</summary>
public sealed record FleetOptions
{
    public const string SectionName = "Central:Fleet";

    /// <summary>A device offline for longer than this is an alert.</summary>
    public int OfflineAlertMinutes { get; init; } = 10;

    /// <summary>A hub whose device list is older than this is silent: its devices' state is unknown.</summary>
    public int SilentHubMinutes { get; init; } = 5;

    public TimeSpan OfflineAlertAfter => TimeSpan.FromMinutes(OfflineAlertMinutes);

    public TimeSpan SilentHubAfter => TimeSpan.FromMinutes(SilentHubMinutes);
}
