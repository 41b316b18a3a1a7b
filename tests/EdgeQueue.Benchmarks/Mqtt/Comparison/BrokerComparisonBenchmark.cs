using EdgeQueue.Benchmarks.Mqtt.Brokers;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Comparison;

/// <summary>
/// <c>./edgequeue bench brokers</c>: MQTTnet.Server 5.2, our broker (EdgeQueue.Broker) and Mosquitto 2.0,
/// each at its defaults in a process of its own, measured row by row (interop, lossless burst,
/// malformed input, memory under hostile sockets, half-open flood, session takeover, memory) and
/// printed as a markdown table — the table of issue 12 and docs/decisions/0001.
/// </summary>
public sealed class BrokerComparisonBenchmark : IBenchmark
{
    public string Name => "brokers";

    public string Description => "MQTTnet.Server 5.2, our broker and Mosquitto 2.0 side by side, markdown table (--quick, --only WORD)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(MosquittoRunner.Executable) || !File.Exists(PahoBench.Python))
        {
            await output.WriteLineAsync("bench brokers needs Debian packages mosquitto and python3-paho-mqtt, and MQTT.js: scripts/install-bench-deps.sh");
            return 1;
        }

        var settings = arguments.Quick ? ComparisonSettings.Quick : ComparisonSettings.Full;
        IBrokerLauncher[] brokers = [DotnetBrokerLauncher.Mqttnet(), DotnetBrokerLauncher.Embedded(), new MosquittoLauncher()];
        IBrokerMeasurement[] measurements =
        [
            new PahoInteropMeasurement(), new BurstMeasurement(), new MalformedMeasurement(), new OversizeAnnouncementMeasurement(),
            new SilentSocketMeasurement(), new HalfOpenMeasurement(), new TakeoverMeasurement(), new MemoryMeasurement(),
        ];
        if (arguments.Get("only") is { } only)
        {
            measurements = [.. measurements.Where(m => m.GetType().Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        }

        var started = MachineLoad.Describe();
        var rows = new List<(IBrokerMeasurement Measurement, MeasuredCell[] Cells)>();
        foreach (var measurement in measurements)
        {
            await Console.Error.WriteLineAsync($"bench brokers: {measurement.Title} …");
            var cells = measurement.WaitsOnly
                ? await Task.WhenAll(brokers.Select(b => MeasureAsync(measurement, b, settings, cancellation)))
                : await SequentiallyAsync(brokers, b => MeasureAsync(measurement, b, settings, cancellation));
            rows.Add((measurement, cells));
        }

        await ComparisonTable.WriteAsync(output, brokers, rows, started, MachineLoad.Describe(), arguments.Quick);
        return 0;
    }

    private static async Task<MeasuredCell> MeasureAsync(IBrokerMeasurement measurement, IBrokerLauncher broker, ComparisonSettings settings, CancellationToken cancellation)
    {
        try
        {
            return await measurement.MeasureAsync(broker, settings, cancellation);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            return new MeasuredCell($"error: {e.GetType().Name}", [e.Message]);
        }
    }

    private static async Task<MeasuredCell[]> SequentiallyAsync(IEnumerable<IBrokerLauncher> brokers, Func<IBrokerLauncher, Task<MeasuredCell>> measure)
    {
        var cells = new List<MeasuredCell>();
        foreach (var broker in brokers)
        {
            cells.Add(await measure(broker));
        }

        return [.. cells];
    }
}
