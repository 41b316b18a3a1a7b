namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → boards on <c>…/hall/calls</c>, QoS 1, retained: the last calls, one line per ticket, in the
/// order a board shows them. First the big panel's call: the newest first call, or a recall of that
/// same ticket. Then the others newest first, a recall of an older ticket at their head (marked
/// <see cref="HallCall.Recall"/>), so that it does not push a newer call off the panel. A counter's
/// newest line is always the first line with its number.
/// </summary>
public sealed record HallCalls(IReadOnlyList<HallCall> Calls);
