using EdgeQueue.Queue.Events;

namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// One piece of work for the <see cref="QueueProjection"/>: the events of a commit to show and
/// announce (none for a refresh), and whether every retained message must be published again
/// (after an external broker came back without them).
/// </summary>
internal sealed record ProjectionWork(IReadOnlyList<QueueEvent> Events, bool RepublishRetained = false)
{
    /// <summary>Counts and device shows brought up to date, nothing to announce.</summary>
    public static ProjectionWork Refresh { get; } = new([]);

    public static ProjectionWork Republish { get; } = new([], RepublishRetained: true);
}
