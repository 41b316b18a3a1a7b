using System.Globalization;
using EdgeQueue.Benchmarks.Mqtt.Brokers;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>
/// <c>./edgequeue bench mqtt</c>: the embedded broker (the EdgeQueue.Broker process) against Mosquitto,
/// both at their defaults and in processes of their own, each driven by MQTTnet's client and by Paho:
/// QoS 0 and QoS 1 throughput (100-byte payloads, one publisher → one subscriber), QoS 1 round trip,
/// QoS 1 messages lost after the broker's PUBACK (must be 0) and the broker's resident memory, with
/// the ratios embedded/Mosquitto against the goal of DESIGN.md §8 (within 1.5×).
/// </summary>
public sealed class MqttBenchmark : IBenchmark
{
    public string Name => "mqtt";

    public string Description => "embedded broker vs Mosquitto, MQTTnet and Paho clients (--quick, --count N, --latency N)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var count = arguments.GetInt("count", arguments.Quick ? 5_000 : 50_000);
        var latencyCount = arguments.GetInt("latency", arguments.Quick ? 200 : 2_000);
        if (count > PahoBench.MaxCount)
        {
            throw new ArgumentException($"--count {count}: at most {PahoBench.MaxCount} (Paho's 16-bit message ids identify the lost ones)");
        }

        if (!File.Exists(MosquittoRunner.Executable) || !File.Exists(PahoBench.Python))
        {
            await output.WriteLineAsync("bench mqtt needs Debian packages mosquitto and python3-paho-mqtt (scripts/install-test-deps.sh)");
            return 1;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"MQTT benchmark: {count} messages per throughput run (QoS 1: {MqttnetPairBench.InFlight} in flight), {latencyCount} latency probes, 100-byte payloads, loopback, brokers at their defaults"));
        await output.WriteLineAsync($"machine at start: {MachineLoad.Describe()}");

        await using var mosquitto = await new MosquittoLauncher().StartAsync(BrokerSetup.Anonymous, cancellation);
        await using var embedded = await DotnetBrokerLauncher.Embedded().StartAsync(BrokerSetup.Anonymous, cancellation);
        var brokers = new[] { ("Mosquitto", mosquitto), ("embedded", embedded) };
        var idle = brokers.ToDictionary(b => b.Item1, b => b.Item2.ResidentMegabytes());

        foreach (var (_, broker) in brokers)
        {
            await MqttnetPairBench.WarmUpAsync(broker.Port, cancellation);
        }

        var results = new List<MqttPairResult>();
        foreach (var (client, run) in Clients(count, latencyCount))
        {
            foreach (var (brokerName, broker) in brokers)
            {
                var name = $"{client} -> {brokerName}";
                try
                {
                    var result = await run(name, broker.Port, cancellation);
                    results.Add(result with { BrokerRssMb = broker.ResidentMegabytes() });
                }
                catch (InvalidOperationException e)
                {
                    await output.WriteLineAsync($"bench mqtt: {name} failed: {e.Message}");
                    await output.WriteLineAsync($"machine now: {MachineLoad.Describe()}");
                    return 1;
                }
            }
        }

        await output.WriteLineAsync($"machine at end:   {MachineLoad.Describe()}");
        await MqttBenchmarkReport.WriteAsync(output, results, count, idle);
        return 0;
    }

    private static IEnumerable<(string Client, Func<string, int, CancellationToken, Task<MqttPairResult>> Run)> Clients(int count, int latencyCount)
    {
        yield return ("MQTTnet", (name, port, cancellation) => MqttnetPairBench.RunAsync(name, port, count, latencyCount, cancellation));
        yield return ("Paho", (name, port, cancellation) => PahoBench.RunAsync(name, port, count, latencyCount, cancellation));
    }
}
