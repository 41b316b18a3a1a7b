namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>Lets every client publish and subscribe everywhere (a broker without ACL rules, as Mosquitto without acl_file).</summary>
public sealed class AllowAllAuthorizer : IMqttAuthorizer, IMqttClientPermissions
{
    public static AllowAllAuthorizer Instance { get; } = new();

    public IMqttClientPermissions GetPermissions(MqttClientIdentity client) => this;

    public bool CanPublish(string topic) => true;

    public bool CanSubscribe(string topicFilter) => true;

    public bool CanRead(string topic) => true;
}
