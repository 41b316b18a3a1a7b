using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using EdgeQueue.Mqtt.Broker;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>The embedded broker driven by Eclipse Paho for Python (Debian python3-paho-mqtt), one scenario per test.</summary>
public sealed class PahoTests : IAsyncLifetime
{
    /// <summary>Debian's Paho is importable only by the system interpreter.</summary>
    private const string Python = "/usr/bin/python3";

    private MqttBroker _broker = null!;

    public async Task InitializeAsync() => _broker = await HallBrokerSetup.StartAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    [Theory]
    [InlineData("auth")]
    [InlineData("qos")]
    [InlineData("retained")]
    [InlineData("will")]
    [InlineData("persistent")]
    [InlineData("wildcards")]
    [InlineData("acl")]
    [InlineData("burst")]
    [InlineData("takeover")]
    [InlineData("malformed")]
    public async Task Scenario_AgainstEmbeddedBroker_Passes(string scenario)
    {
        var users = JsonSerializer.Serialize(HallBrokerSetup.Users.ToDictionary(u => u.User, u => u.Password));

        await using var paho = await PeerProcess.RunAsync(Python, ScriptPath(), scenario,
            "--port", _broker.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture),
            "--users", users, "--site", HallBrokerSetup.Site);

        Assert.True(paho.ExitCode == 0, $"paho {scenario} exited {paho.ExitCode}\n{paho.Output}\n{paho.Error}");
        Assert.StartsWith($"PASS {scenario}", paho.Output, StringComparison.Ordinal);
    }

    private static string ScriptPath([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "paho_peer.py");
}
