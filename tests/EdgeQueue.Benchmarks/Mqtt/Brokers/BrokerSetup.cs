namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>How a broker is configured for a measurement.</summary>
internal enum BrokerSetup
{
    /// <summary>Anonymous clients, no ACL: each broker's out-of-the-box behaviour.</summary>
    Anonymous,

    /// <summary>A hall's users and ACL (<see cref="HallAccess"/>): no anonymous access, devices limited to their own topics.</summary>
    Hall,
}
