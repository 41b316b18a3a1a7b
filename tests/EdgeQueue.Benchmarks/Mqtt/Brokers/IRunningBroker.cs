namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>One broker process started for a measurement, on a free loopback port; stopped on dispose.</summary>
internal interface IRunningBroker : IAsyncDisposable
{
    int Port { get; }

    int ProcessId { get; }

    /// <summary>Resident memory of the broker's process now, in MB.</summary>
    double ResidentMegabytes() => ProcessMemory.ResidentMegabytes(ProcessId);
}
