namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// A publish was refused because the link is down and <see cref="MqttLinkOptions.OfflineBufferLimit"/>
/// messages already wait for it: memory stays bounded through a long outage, and the caller decides
/// what to keep (the sync outbox lives in the database and is sent again from there).
/// </summary>
public sealed class MqttOfflineBufferFullException : Exception
{
    public MqttOfflineBufferFullException()
        : base("the MQTT link is down and its offline buffer is full")
    {
    }

    public MqttOfflineBufferFullException(string message)
        : base(message)
    {
    }

    public MqttOfflineBufferFullException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
