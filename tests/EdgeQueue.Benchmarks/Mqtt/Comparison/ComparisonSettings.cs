namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>How long and how often <c>bench brokers</c> measures.</summary>
/// <param name="BurstRuns">Runs of the 20,000-message burst per broker.</param>
/// <param name="SilentSocketCap">How long a silent socket is watched before it counts as "still open".</param>
internal sealed record ComparisonSettings(int BurstRuns, TimeSpan SilentSocketCap)
{
    public static ComparisonSettings Full { get; } = new(3, TimeSpan.FromSeconds(120));

    public static ComparisonSettings Quick { get; } = new(1, TimeSpan.FromSeconds(15));
}
