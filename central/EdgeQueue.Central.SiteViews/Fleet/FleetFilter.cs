namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>
/// Which devices to list: one site or all; a state (<c>online</c>, <c>offline</c> — which includes
/// unknown — or <c>alert</c> for any device with an alert) or all.
/// </summary>
public sealed record FleetFilter(string? Site = null, string? State = null)
{
    public const string Online = "online";
    public const string Offline = "offline";
    public const string Alert = "alert";

    public static IReadOnlyList<string> States { get; } = [Online, Offline, Alert];

    public bool Matches(FleetDevice device)
    {
        ArgumentNullException.ThrowIfNull(device);
        if (Site is { Length: > 0 } site && device.Site != site)
        {
            return false;
        }

        return State switch
        {
            Online => device.State == DeviceState.Online,
            Offline => device.State != DeviceState.Online,
            Alert => device.HasAlert,
            _ => true,
        };
    }
}
