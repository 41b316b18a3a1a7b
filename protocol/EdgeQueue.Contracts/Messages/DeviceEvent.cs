namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Device → hub on <c>…/device/{id}/event</c>, QoS 1. <see cref="Category"/> goes with
/// <c>ticket.request</c>, <see cref="To"/> with <c>counter.transfer</c>, <see cref="Code"/> with
/// <c>checkin</c>.
/// </summary>
public sealed record DeviceEvent(string Id, string Kind, string? Category = null, string? To = null, string? Code = null);
