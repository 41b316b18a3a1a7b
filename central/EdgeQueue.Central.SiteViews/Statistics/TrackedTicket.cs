namespace EdgeQueue.Central.SiteViews.Statistics;

/// <summary>What the fold remembers of a ticket of the current day until it leaves the queue.</summary>
internal sealed class TrackedTicket(DateOnly day, string issueCategory, DateTimeOffset issuedAt, DateTimeOffset? visitTime)
{
    public DateOnly Day { get; } = day;

    /// <summary>The category it was issued in: its wait counts there.</summary>
    public string IssueCategory { get; } = issueCategory;

    /// <summary>The category it is in now (after transfers): its service counts there.</summary>
    public string Category { get; set; } = issueCategory;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    public DateTimeOffset? VisitTime { get; } = visitTime;

    public bool Called { get; set; }

    public HashSet<int> CountersCalledAt { get; } = [];
}
