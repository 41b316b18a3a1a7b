using EdgeQueue.Mqtt.Broker.Sessions;

namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>A persistent session as saved in the data folder.</summary>
/// <param name="ClientId">Its client id.</param>
/// <param name="Subscriptions">Topic filter → granted QoS.</param>
/// <param name="InFlight">Messages sent and not yet acknowledged, oldest first.</param>
/// <param name="Queued">Messages waiting for the in-flight window or for the client, oldest first.</param>
/// <param name="AwaitingRelease">QoS 2 packet ids received from the client and not yet released.</param>
internal sealed record StoredSession(
    string ClientId,
    Dictionary<string, int> Subscriptions,
    List<StoredMessage> InFlight,
    List<StoredMessage> Queued,
    List<ushort> AwaitingRelease)
{
    /// <summary>The user that created the session; absent in files written before owners were saved.</summary>
    public SessionOwner? Owner { get; init; }
}
