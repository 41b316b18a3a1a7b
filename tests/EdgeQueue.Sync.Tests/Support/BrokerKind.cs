namespace EdgeQueue.Sync.Tests.Support;

/// <summary>Which central broker a scenario runs over.</summary>
public enum BrokerKind
{
    /// <summary>The project's own broker, in the test process.</summary>
    Embedded,

    /// <summary>Debian's Mosquitto 2.0 with the exported password and ACL files.</summary>
    Mosquitto,

    /// <summary>Debian's RabbitMQ 3.10 with its MQTT plugin and the ACL translated to its permissions.</summary>
    RabbitMq,
}
