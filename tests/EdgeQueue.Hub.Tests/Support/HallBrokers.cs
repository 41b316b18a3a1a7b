namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Runs a scenario once on each hall broker: the embedded one and Debian's Mosquitto.</summary>
public sealed class HallBrokers : TheoryData<HallBroker>
{
    public HallBrokers()
    {
        foreach (var broker in Enum.GetValues<HallBroker>())
        {
            Add(broker);
        }
    }
}
