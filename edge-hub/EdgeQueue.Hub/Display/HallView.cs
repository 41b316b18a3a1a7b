using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Hub.Display;

/// <summary>Everything the hall screen shows, sent whole on every change (<c>/display/events</c>).</summary>
/// <param name="Version">Grows with every change; the page exposes it for tests and diagnostics.</param>
public sealed record HallView(
    string Site,
    string? Hall,
    string TimeZone,
    IReadOnlyList<HallCategoryView> Categories,
    IReadOnlyList<HallCall> Calls,
    long Version);
