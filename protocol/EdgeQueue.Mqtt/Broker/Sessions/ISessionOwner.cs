using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>The connection that currently owns a client id.</summary>
internal interface ISessionOwner
{
    MqttClientIdentity Identity { get; }

    /// <summary>
    /// Called under the session tables' lock when the CONNECT is accepted, before anyone can take it
    /// over: queues the CONNACK, so a takeover right after still lets it out first.
    /// </summary>
    void OnAccepted(MqttClientIdentity identity, BrokerSession session, IMqttClientPermissions permissions, bool sessionPresent);

    IPacketSender Sender { get; }

    /// <summary>
    /// Closes the connection because a new one took its client id, after writing what is already
    /// queued for it (its CONNACK, say); completes after its will and clean-up.
    /// </summary>
    Task TakeOverAsync();

    /// <summary>Closes the connection at once for the given reason.</summary>
    void Abort(MqttDisconnectReason reason, string? detail);
}
