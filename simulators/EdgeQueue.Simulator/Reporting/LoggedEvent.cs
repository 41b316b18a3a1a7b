using EdgeQueue.Queue.Events;

namespace EdgeQueue.Simulator.Reporting;

/// <summary>One row of the hub's event log: its sequence, the request (device event id) that caused it, the event.</summary>
internal sealed record LoggedEvent(long Sequence, string? RequestId, QueueEvent Event);
