namespace EdgeQueue.Mqtt.Client;

/// <summary>An operation could not finish because the client was closed or its link dropped for good.</summary>
public sealed class MqttConnectionLostException : Exception
{
    public MqttConnectionLostException()
        : base("MQTT connection lost")
    {
    }

    public MqttConnectionLostException(string message)
        : base(message)
    {
    }

    public MqttConnectionLostException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
