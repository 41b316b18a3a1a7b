namespace EdgeQueue.Hub.Web;

/// <summary>
/// The hub's <c>/health</c> answer: whether the hall is served (<see cref="Online"/> is false while the
/// store refuses commits), devices online, hall pages open, and the process's own memory. The two
/// dropped-message counts are the embedded broker's only (messages it could not deliver, per device).
/// </summary>
public sealed record HubHealth(
    bool Online, string Storage, string? StorageProblem, string Site, string Broker, int DevicesOnline, int Devices, int Displays,
    long? MqttDroppedMessages, IReadOnlyDictionary<string, long>? MqttDroppedMessagesByClient, double MemoryMb, double ManagedHeapMb);
