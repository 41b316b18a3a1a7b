namespace EdgeQueue.Hub.Tests.Support;

/// <summary>The two brokers a hall runs on: the hub's embedded one (zero setup) and Debian's Mosquitto (production).</summary>
public enum HallBroker
{
    Embedded,
    Mosquitto,
}
