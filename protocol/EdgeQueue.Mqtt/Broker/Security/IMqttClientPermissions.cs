namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>What one connected client may publish and subscribe to. Called on every PUBLISH and SUBSCRIBE filter.</summary>
public interface IMqttClientPermissions
{
    /// <summary>May the client publish to this topic name (also checked for its last will)?</summary>
    bool CanPublish(string topic);

    /// <summary>May the client subscribe to this topic filter (wildcards included)?</summary>
    bool CanSubscribe(string topicFilter);
}
