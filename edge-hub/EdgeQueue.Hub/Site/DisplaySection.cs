namespace EdgeQueue.Hub.Site;

/// <summary><c>display</c>: the hall screen and <c>hall/calls</c>.</summary>
public sealed class DisplaySection
{
    /// <summary>Calls kept on the hall screen and in <c>hall/calls</c>, newest first (default 6).</summary>
    public int? RecentCalls { get; set; }
}
