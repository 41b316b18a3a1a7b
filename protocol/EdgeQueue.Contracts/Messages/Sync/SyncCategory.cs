namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// A queue category of a site configuration: prefix A–Z, name, opening hours per weekday
/// (<c>{"mon":"08:00-16:00"}</c>, a missing day is closed), optional daily limit, issue cut-off and
/// first service-time estimate — the same fields as the hub's site file.
/// </summary>
public sealed record SyncCategory(
    string Prefix,
    string Name,
    IReadOnlyDictionary<string, string> Hours,
    int? DailyLimit = null,
    int? IssueCutoffMinutes = null,
    int? ServiceMinutes = null);
