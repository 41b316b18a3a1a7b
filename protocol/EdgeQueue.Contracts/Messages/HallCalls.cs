namespace EdgeQueue.Contracts.Messages;

/// <summary>Hub → boards on <c>…/hall/calls</c>, QoS 1, retained: the last calls, newest first.</summary>
public sealed record HallCalls(IReadOnlyList<HallCall> Calls);
