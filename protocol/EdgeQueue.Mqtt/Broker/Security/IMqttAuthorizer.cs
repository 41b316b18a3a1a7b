namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Decides what an authenticated client may do. <see cref="GetPermissions"/> runs once per
/// accepted connection, so per-client work (such as substituting %u and %c into ACL patterns) is
/// done once and every PUBLISH and SUBSCRIBE is then checked against the prepared result.
/// </summary>
public interface IMqttAuthorizer
{
    IMqttClientPermissions GetPermissions(MqttClientIdentity client);
}
