using EdgeQueue.Queue.Results;

namespace EdgeQueue.Queue.Snapshots;

/// <summary>
/// One category: its waiting tickets in the order they are expected to be called (booked visits
/// whose time has come first, then by issue time), the no-shows waiting aside, and who is being
/// served at which counter now.
/// </summary>
public sealed record CategorySnapshot(
    string Prefix,
    string Name,
    bool OpenForIssue,
    string IssueStatus,
    int IssuedToday,
    int? RemainingToday,
    TimeSpan MeanServiceTime,
    int OpenCounters,
    IReadOnlyList<TicketInfo> Waiting,
    IReadOnlyList<TicketInfo> SetAside,
    IReadOnlyList<TicketInfo> NowServing);
