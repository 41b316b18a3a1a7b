namespace EdgeQueue.Central.Hosting;

/// <summary>Bad configuration found at start-up; its message is printed as the one-line error.</summary>
public sealed class CentralConfigurationException : Exception
{
    public CentralConfigurationException(string message)
        : base(message)
    {
    }

    public CentralConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CentralConfigurationException()
    {
    }
}
