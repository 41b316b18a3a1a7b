namespace EdgeQueue.Hub.Gateway;

/// <summary>What a new set of device credentials changed: device ids added, removed, and given a new password.</summary>
public sealed record CredentialChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Rekeyed)
{
    public static CredentialChanges None { get; } = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Rekeyed.Count == 0;

    /// <summary>For the log: "added disp-07; removed keypad-03; new password disp-01".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        Add(parts, "added", Added);
        Add(parts, "removed", Removed);
        Add(parts, "new password", Rekeyed);
        return parts.Count == 0 ? "no change" : string.Join("; ", parts);
    }

    private static void Add(List<string> parts, string what, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            parts.Add($"{what} {string.Join(", ", ids)}");
        }
    }
}
