using System.Globalization;
using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>
/// A .NET broker run as a process of its own (<c>dotnet X.dll [verb] --port N [--config broker.json]</c>)
/// from this app's build output, at its defaults; the hall setup hands it a configuration file in the
/// embedded broker's format (<see cref="HallAccess"/>).
/// </summary>
internal sealed class DotnetBrokerLauncher : IBrokerLauncher
{
    private readonly string _dll;
    private readonly string[] _verb;
    private readonly string _readyText;

    private DotnetBrokerLauncher(string name, string dll, string[] verb, string readyText)
    {
        Name = name;
        _dll = dll;
        _verb = verb;
        _readyText = readyText;
    }

    public string Name { get; }

    /// <summary>
    /// The project's broker as <c>./edgequeue broker</c> runs it (EdgeQueue.Broker). Anonymous = no
    /// --config: its local-only mode, anonymous clients on 127.0.0.1, default limits.
    /// </summary>
    public static DotnetBrokerLauncher Embedded() =>
        new("ours (EdgeQueue.Broker)", "EdgeQueue.Broker.dll", [], "edgequeue broker: listening on");

    /// <summary>MQTTnet.Server 5.2 hosted by this app's hidden verb (<see cref="MqttnetServerHost"/>).</summary>
    public static DotnetBrokerLauncher Mqttnet() =>
        new("MQTTnet.Server 5.2", "EdgeQueue.Benchmarks.dll", [MqttnetServerHost.Verb], MqttnetServerHost.ReadyLine);

    public async Task<IRunningBroker> StartAsync(BrokerSetup setup, CancellationToken cancellation)
    {
        var port = FreePort.Next();
        var folder = new TempDirectory("bench-broker");
        try
        {
            List<string> arguments = [.. _verb, "--port", port.ToString(CultureInfo.InvariantCulture)];
            if (setup == BrokerSetup.Hall)
            {
                var config = folder.File("broker.json");
                await File.WriteAllTextAsync(config, HallAccess.BrokerJson(port), cancellation);
                arguments.AddRange(["--config", config]);
            }

            var process = await BrokerChildProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, _dll), arguments, _readyText, cancellation);
            return new RunningBroker(port, process.ProcessId, process, new DisposableFolder(folder));
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }
}
