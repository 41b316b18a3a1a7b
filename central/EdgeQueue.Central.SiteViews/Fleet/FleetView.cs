namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>The fleet at one moment: the listed devices, every site for the filter, counts over the whole fleet.</summary>
public sealed record FleetView(
    DateTimeOffset At,
    IReadOnlyList<FleetDevice> Devices,
    IReadOnlyList<string> Sites,
    IReadOnlyList<string> SilentSites,
    int Total,
    int Online,
    int Alerts);
