using System.Diagnostics.CodeAnalysis;

namespace EdgeQueue.Contracts;

/// <summary>Topic names of one site, prefix <c>eq/v1/{site}</c> (DESIGN.md §4).</summary>
public sealed class SiteTopics
{
    public const string Root = "eq/v1";

    public SiteTopics(string siteId)
    {
        if (!IsValidSiteId(siteId))
        {
            throw new ArgumentException(
                $"site id '{siteId}' must be 1-40 lowercase letters, digits or dashes", nameof(siteId));
        }

        SiteId = siteId;
        Prefix = $"{Root}/{siteId}";
    }

    public string SiteId { get; }

    public string Prefix { get; }

    public string HallCalls => $"{Prefix}/hall/calls";

    public string HubState => $"{Prefix}/hub/state";

    /// <summary>Filter for the events of every device of the site.</summary>
    public string AllDeviceEvents => $"{Prefix}/device/+/event";

    /// <summary>Filter for the retained states of every device of the site.</summary>
    public string AllDeviceStates => $"{Prefix}/device/+/state";

    public string SyncEvents => $"{Prefix}/sync/events";

    public string SyncEventsAck => $"{Prefix}/sync/events-ack";

    public string SyncBookings => $"{Prefix}/sync/bookings";

    public string SyncBookingsAck => $"{Prefix}/sync/bookings-ack";

    public string SyncConfig => $"{Prefix}/sync/config";

    public string SyncStatus => $"{Prefix}/sync/status";

    /// <summary>Hub → central, retained: the hub's device registry for the fleet view.</summary>
    public string SyncDevices => $"{Prefix}/sync/devices";

    /// <summary>Central's filter for one sync topic of every site, e.g. <c>eq/v1/+/sync/events</c>.</summary>
    public static string AllSitesSync(string kind) => $"{Root}/+/sync/{kind}";

    /// <summary>Reads <c>eq/v1/{site}/sync/{kind}</c>; false for any other topic or an invalid site id.</summary>
    public static bool TryParseSyncTopic(string topic, [NotNullWhen(true)] out string? siteId, [NotNullWhen(true)] out string? kind)
    {
        siteId = null;
        kind = null;
        var parts = topic.Split('/');
        if (parts.Length != 5 || parts[0] + "/" + parts[1] != Root || parts[3] != "sync" || parts[4].Length == 0
            || !IsValidSiteId(parts[2]))
        {
            return false;
        }

        siteId = parts[2];
        kind = parts[4];
        return true;
    }

    public static bool IsValidSiteId(string? siteId) =>
        !string.IsNullOrEmpty(siteId) && siteId.Length <= 40
        && siteId.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    public string Device(DeviceId device, DeviceTopicKind kind) =>
        $"{Prefix}/device/{device}/{KindSegment(kind)}";

    public string DeviceEvent(DeviceId device) => Device(device, DeviceTopicKind.Event);

    public string DeviceReply(DeviceId device) => Device(device, DeviceTopicKind.Reply);

    public string DeviceState(DeviceId device) => Device(device, DeviceTopicKind.State);

    public string DeviceConfig(DeviceId device) => Device(device, DeviceTopicKind.Config);

    public string DeviceShow(DeviceId device) => Device(device, DeviceTopicKind.Show);

    /// <summary>Reads <c>{prefix}/device/{id}/{kind}</c>; false for any other topic of any site.</summary>
    public bool TryParseDeviceTopic(string topic, out DeviceId device, out DeviceTopicKind kind)
    {
        device = default;
        kind = default;
        var head = Prefix + "/device/";
        if (!topic.StartsWith(head, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = topic.AsSpan(head.Length);
        var slash = rest.IndexOf('/');
        if (slash <= 0 || !TryParseKind(rest[(slash + 1)..].ToString(), out kind))
        {
            return false;
        }

        return DeviceId.TryParse(rest[..slash].ToString(), out device);
    }

    private static string KindSegment(DeviceTopicKind kind) => kind switch
    {
        DeviceTopicKind.Event => "event",
        DeviceTopicKind.Reply => "reply",
        DeviceTopicKind.State => "state",
        DeviceTopicKind.Config => "config",
        DeviceTopicKind.Show => "show",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown device topic kind"),
    };

    private static bool TryParseKind(string segment, [NotNullWhen(true)] out DeviceTopicKind kind)
    {
        kind = segment switch
        {
            "event" => DeviceTopicKind.Event,
            "reply" => DeviceTopicKind.Reply,
            "state" => DeviceTopicKind.State,
            "config" => DeviceTopicKind.Config,
            "show" => DeviceTopicKind.Show,
            _ => (DeviceTopicKind)(-1),
        };
        return kind >= 0;
    }
}
