using System.Globalization;
using System.Net;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>
/// <c>./edgequeue bench mqtt</c>: QoS 0 and QoS 1 throughput (100-byte payloads, one publisher → one
/// subscriber) and QoS 1 round-trip latency for four pairs measured in one run — own client and Paho,
/// each against Mosquitto and against the embedded broker — with the ratios that matter: own client
/// vs Paho on Mosquitto, and the embedded broker vs Mosquitto with the same client.
/// </summary>
public sealed class MqttBenchmark : IBenchmark
{
    private const int QueueLimit = 100_000;

    public string Name => "mqtt";

    public string Description => "MQTT client and broker vs Mosquitto and Paho (--quick, --count N, --latency N)";

    public async Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        var count = arguments.GetInt("count", arguments.Quick ? 5_000 : 50_000);
        var latencyCount = arguments.GetInt("latency", arguments.Quick ? 200 : 2_000);
        if (!File.Exists(MosquittoRunner.Executable) || !File.Exists(PahoBench.Python))
        {
            await output.WriteLineAsync("bench mqtt needs Debian packages mosquitto and python3-paho-mqtt");
            return 1;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"MQTT benchmark: {count} messages per throughput run, {latencyCount} latency probes, 100-byte payloads, loopback"));

        // Both brokers get the same room per subscriber (in-flight 20 as both default, queue 100,000)
        // so a burst measures speed instead of each broker's drop policy.
        await using var mosquitto = await MosquittoRunner.StartAsync(
            new MosquittoOptions { AllowAnonymous = true, ExtraConfig = ["max_inflight_messages 20", $"max_queued_messages {QueueLimit}"] },
            cancellation);
        await using var broker = new MqttBroker(new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, 0))],
            Authenticator = new DelegateAuthenticator((_, _) => ValueTask.FromResult(MqttAuthenticationResult.Accepted)),
            Limits = new MqttBrokerLimits { MaxInflightMessages = 20, MaxQueuedMessages = QueueLimit },
        });
        await broker.StartAsync(cancellation);
        var ownPort = broker.LocalEndPoints[0].Port;

        await OwnClientBench.WarmUpAsync(mosquitto.Port, cancellation);
        var results = new List<MqttPairResult>
        {
            await OwnClientBench.RunAsync("own client -> Mosquitto", mosquitto.Port, count, latencyCount, cancellation),
            await PahoBench.RunAsync("Paho -> Mosquitto", mosquitto.Port, count, latencyCount, cancellation),
            await OwnClientBench.RunAsync("own client -> own broker", ownPort, count, latencyCount, cancellation),
            await PahoBench.RunAsync("Paho -> own broker", ownPort, count, latencyCount, cancellation),
        };

        await MqttBenchmarkReport.WriteAsync(output, results, count);
        return 0;
    }
}
