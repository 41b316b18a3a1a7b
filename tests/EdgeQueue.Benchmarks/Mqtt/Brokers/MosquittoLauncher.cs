using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>Debian's Mosquitto 2.0 at its defaults, with its own configuration file on a free port (<see cref="MosquittoRunner"/>).</summary>
internal sealed class MosquittoLauncher : IBrokerLauncher
{
    /// <summary>
    /// MosquittoRunner logs every packet to a file for the tests' assertions; a benchmark turns that
    /// off (Mosquitto's own default logs far less) so the figures measure the broker, not its log.
    /// </summary>
    private static readonly string[] Quiet = ["log_dest none"];

    public string Name => "Mosquitto 2.0";

    public async Task<IRunningBroker> StartAsync(BrokerSetup setup, CancellationToken cancellation)
    {
        var options = setup == BrokerSetup.Hall
            ? HallAccess.Mosquitto(Quiet)
            : new MosquittoOptions { AllowAnonymous = true, ExtraConfig = Quiet };
        var mosquitto = await MosquittoRunner.StartAsync(options, cancellation);
        return new RunningBroker(mosquitto.Port, mosquitto.ProcessId ?? throw new InvalidOperationException("mosquitto is not running"), mosquitto);
    }
}
