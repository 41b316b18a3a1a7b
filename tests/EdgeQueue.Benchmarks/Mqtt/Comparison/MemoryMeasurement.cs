using System.Globalization;
using EdgeQueue.Benchmarks.Mqtt.Brokers;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// Resident memory of the broker process idle (2 s after start) and after a load: one MQTTnet
/// publisher → one subscriber, 20,000 QoS 0 and 20,000 QoS 1 messages, 500 round trips (the
/// <c>bench mqtt</c> pair run).
/// </summary>
internal sealed class MemoryMeasurement : IBrokerMeasurement
{
    private const int LoadMessages = 20_000;

    public string Title => "RSS idle / after load (MB)";

    public async Task<MeasuredCell> MeasureAsync(IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        await using var running = await broker.StartAsync(BrokerSetup.Anonymous, cancellation);
        await Task.Delay(TimeSpan.FromSeconds(2), cancellation);
        var idle = running.ResidentMegabytes();
        var load = await MqttnetPairBench.RunAsync("load", running.Port, LoadMessages, latencyCount: 500, cancellation);
        var loaded = running.ResidentMegabytes();
        return new MeasuredCell(string.Create(CultureInfo.InvariantCulture, $"{idle:F0} / {loaded:F0}"),
            [string.Create(CultureInfo.InvariantCulture, $"load: QoS 0 {load.Qos0PerSecond:N0} msg/s, QoS 1 {load.Qos1PerSecond:N0} msg/s, QoS 1 lost {load.Qos1Lost}")]);
    }
}
