using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>One row of <c>./edgequeue bench brokers</c>: measured on each broker, which it starts itself (fresh, at defaults).</summary>
internal interface IBrokerMeasurement
{
    /// <summary>The row's first cell.</summary>
    string Title { get; }

    /// <summary>True when it only waits (no load): then the brokers are measured at the same time.</summary>
    bool WaitsOnly => false;

    /// <summary>The table cell for one broker.</summary>
    Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation);
}
