namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>Starts one kind of broker at its defaults, on a free loopback port, in a process of its own.</summary>
internal interface IBrokerLauncher
{
    /// <summary>Column heading, e.g. "Mosquitto 2.0".</summary>
    string Name { get; }

    Task<IRunningBroker> StartAsync(BrokerSetup setup, CancellationToken cancellation);
}
