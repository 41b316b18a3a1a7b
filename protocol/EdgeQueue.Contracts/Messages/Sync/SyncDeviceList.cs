namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>Hub → central on <c>…/sync/devices</c>, QoS 1, retained: the hub's device registry for the fleet view.</summary>
public sealed record SyncDeviceList(DateTimeOffset At, IReadOnlyList<SyncDevice> Devices);
