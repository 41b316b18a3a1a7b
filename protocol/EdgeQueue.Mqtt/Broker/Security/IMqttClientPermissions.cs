namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>What one connected client may publish and read. Called on every PUBLISH, SUBSCRIBE filter and delivery.</summary>
public interface IMqttClientPermissions
{
    /// <summary>May the client publish to this topic name (also checked for its last will)?</summary>
    bool CanPublish(string topic);

    /// <summary>May the client subscribe to this topic filter (wildcards included)?</summary>
    bool CanSubscribe(string topicFilter);

    /// <summary>
    /// May the client receive a message on this topic name? Checked at every delivery (live, queued,
    /// resent after a resume, retained), as Mosquitto does, so a session that outlived a change of
    /// rights never receives what its user may no longer read. By default: may it subscribe to exactly this topic.
    /// </summary>
    bool CanRead(string topic) => CanSubscribe(topic);
}
