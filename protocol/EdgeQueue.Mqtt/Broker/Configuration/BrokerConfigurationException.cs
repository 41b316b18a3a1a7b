namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>A broker configuration file that cannot be used; the message names the file and what is wrong.</summary>
public sealed class BrokerConfigurationException : Exception
{
    public BrokerConfigurationException()
    {
    }

    public BrokerConfigurationException(string message)
        : base(message)
    {
    }

    public BrokerConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
