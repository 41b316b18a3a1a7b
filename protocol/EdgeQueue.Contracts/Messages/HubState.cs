namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → all on <c>…/hub/state</c>, QoS 1, retained; the hub's will is <c>{"online":false}</c>.
/// <see cref="Central"/> is "up" or "down"; <see cref="ConfigVersion"/> the site configuration in force.
/// </summary>
public sealed record HubState(bool Online, string? Central = null, string? Version = null, int? ConfigVersion = null);
