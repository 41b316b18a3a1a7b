using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>What the broker decided about a CONNECT: a refusal code, or the session and rights of an accepted client.</summary>
internal sealed record ConnectOutcome(
    ConnectReturnCode ReturnCode,
    string? RefusalReason,
    MqttClientIdentity? Identity = null,
    BrokerSession? Session = null,
    IMqttClientPermissions? Permissions = null,
    bool SessionPresent = false)
{
    /// <summary>The refusal was already logged (summarised in a flood); the connection should not log it again.</summary>
    public bool AlreadyLogged { get; init; }

    public static ConnectOutcome Refused(ConnectReturnCode code, string reason, bool alreadyLogged = false) =>
        new(code, reason) { AlreadyLogged = alreadyLogged };
}
