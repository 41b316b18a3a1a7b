namespace EdgeQueue.Mqtt.Link;

/// <summary>An operation could not finish because the link was disconnected or disposed by its owner.</summary>
public sealed class MqttLinkClosedException : Exception
{
    public MqttLinkClosedException()
        : base("the MQTT link was closed")
    {
    }

    public MqttLinkClosedException(string message)
        : base(message)
    {
    }

    public MqttLinkClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
