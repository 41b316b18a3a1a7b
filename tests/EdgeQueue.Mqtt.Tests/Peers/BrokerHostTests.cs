using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EdgeQueue.Mqtt.Tests.Broker;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>`edgequeue broker` as a real process: configuration file, passwd, TLS, stopping, failures.</summary>
public sealed class BrokerHostTests : IDisposable
{
    private readonly TempDirectory _folder = new("eq-broker-host");

    public void Dispose() => _folder.Dispose();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>`edgequeue broker passwd USER --password PW` prints the users[] entry of the file.</summary>
    private static async Task<JsonElement> UserEntryAsync(string user, string password)
    {
        await using var passwd = await BrokerHost.RunAsync("passwd", user, "--password", password, "--iterations", "1000");
        Assert.True(passwd.ExitCode == 0, passwd.Error);
        return JsonDocument.Parse(passwd.Output).RootElement.Clone();
    }

    private async Task<string> WriteConfigAsync(object listeners)
    {
        var hub = await UserEntryAsync("hub", "hub-secret");
        var device = await UserEntryAsync("disp-01", "disp-01-secret");
        var config = new Dictionary<string, object>
        {
            ["listeners"] = listeners,
            ["allowAnonymous"] = false,
            ["clientIdMustMatchUsername"] = true,
            ["users"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["username"] = "hub",
                    ["passwordHash"] = hub.GetProperty("passwordHash").GetString()!,
                    ["acl"] = new[] { new { topic = "eq/v1/#", access = "readwrite" } },
                    ["clientIdMustMatchUsername"] = false,
                },
                device,
            },
            ["patterns"] = new[] { new { topic = "eq/v1/+/device/%u/event", access = "write" } },
        };
        var path = _folder.File("broker.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(config));
        return path;
    }

    [Fact]
    public async Task Host_ConfigFile_ServesMosquittoClientsAndStopsOnSigtermWithExitZero()
    {
        var port = FreePort.Next();
        var config = await WriteConfigAsync(new[] { new { port = 1, bind = "127.0.0.1" } });
        await using var host = await BrokerHost.StartListeningAsync("--config", config, "--port", Text(port), "--data", _folder.File("data"));
        string[] at = ["-h", "127.0.0.1", "-p", Text(port)];

        await using var hub = await PeerProcess.StartAndWaitForLineAsync("Subscribed (mid", "/usr/bin/stdbuf",
            ["-oL", "mosquitto_sub", .. at, "-u", "hub", "-P", "hub-secret", "-d", "-t", "eq/v1/+/device/+/event", "-C", "1", "-v"]);
        await using (var refused = await PeerProcess.RunAsync("mosquitto_pub", [.. at, "-u", "disp-01", "-P", "nope", "-t", "eq/v1/h/device/disp-01/event", "-m", "x"]))
        {
            Assert.Equal(4, refused.ExitCode);
        }

        await using (var impostor = await PeerProcess.RunAsync("mosquitto_pub", [.. at, "-u", "disp-01", "-P", "disp-01-secret", "-i", "disp-02", "-t", "eq/v1/h/device/disp-01/event", "-m", "x"]))
        {
            Assert.Equal(5, impostor.ExitCode);
        }

        await using (var device = await PeerProcess.RunAsync("mosquitto_pub", [.. at, "-u", "disp-01", "-P", "disp-01-secret", "-q", "1", "-t", "eq/v1/h/device/disp-01/event", "-m", "{\"kind\":\"ticket.request\"}"]))
        {
            Assert.Equal(0, device.ExitCode);
        }

        await hub.WaitForExitAsync();
        Assert.Contains("eq/v1/h/device/disp-01/event {\"kind\":\"ticket.request\"}", hub.Output, StringComparison.Ordinal);

        await BrokerHost.TerminateAsync(host);
        Assert.Equal(0, host.ExitCode);
        Assert.Contains("bad user name or password for user 'disp-01'", host.Output, StringComparison.Ordinal);
        Assert.Contains("user 'disp-01' must connect with its user name as client id, not 'disp-02'", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_For_ExitsZeroByItself()
    {
        await using var host = await BrokerHost.RunAsync("--port", Text(FreePort.Next()), "--for", "0.5");

        Assert.True(host.ExitCode == 0, host.Error);
        Assert.Contains("edgequeue broker: listening on mqtt://127.0.0.1:", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_TlsListener_MosquittoClientsConnectWithTheCa()
    {
        var (certificate, key) = WriteSelfSignedCertificate();
        var tlsPort = FreePort.Next();
        var config = await WriteConfigAsync(new object[]
        {
            new { port = FreePort.Next(), bind = "127.0.0.1" },
            new { port = tlsPort, bind = "127.0.0.1", tls = new { certificate = Path.GetFileName(certificate), privateKey = Path.GetFileName(key) } },
        });
        await using var host = await BrokerHost.StartListeningAsync("--config", config, "--for", "60");
        string[] tls = ["-h", "127.0.0.1", "-p", Text(tlsPort), "--cafile", certificate, "-u", "hub", "-P", "hub-secret"];
        Assert.Contains($"mqtts://127.0.0.1:{tlsPort}", host.Output, StringComparison.Ordinal);

        await using var subscriber = await PeerProcess.StartAndWaitForLineAsync("Subscribed (mid", "/usr/bin/stdbuf",
            ["-oL", "mosquitto_sub", .. tls, "-d", "-t", "eq/v1/h/hall/calls", "-C", "1", "-v"]);
        await using (var publisher = await PeerProcess.RunAsync("mosquitto_pub", [.. tls, "-q", "2", "-t", "eq/v1/h/hall/calls", "-m", "A017"]))
        {
            Assert.True(publisher.ExitCode == 0, publisher.Error);
        }

        await subscriber.WaitForExitAsync();
        Assert.Contains("eq/v1/h/hall/calls A017", subscriber.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "users": [ { "username": "hub", "passwordHash": "hunter2" } ] }""", "user 'hub': passwordHash expected a Mosquitto hash $7$ITERATIONS$SALT$HASH")]
    [InlineData("""{ "listeners": [ { "port": 1883 } ], """, "not a valid broker configuration")]
    [InlineData("""{ "acl": [] }""", "acl")]
    public async Task Host_BadConfigFile_ExitsTwoWithOneLineReason(string json, string expected)
    {
        var path = _folder.File("bad.json");
        await File.WriteAllTextAsync(path, json);

        await using var host = await BrokerHost.RunAsync("--config", path, "--for", "30");

        Assert.Equal(2, host.ExitCode);
        var line = Assert.Single(host.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"edgequeue broker: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_PortInUse_ExitsOneNamingTheAddress()
    {
        using var squatter = new TcpListener(IPAddress.Loopback, 0);
        squatter.Start();
        var port = ((IPEndPoint)squatter.LocalEndpoint).Port;

        await using var host = await BrokerHost.RunAsync("--port", Text(port), "--for", "30");

        Assert.Equal(1, host.ExitCode);
        Assert.Contains($"cannot listen on mqtt://127.0.0.1:{port}", host.Error, StringComparison.Ordinal);
    }

    private (string Certificate, string Key) WriteSelfSignedCertificate()
    {
        using var certificate = SelfSignedCertificate.Create();
        var certificatePath = _folder.File("server.crt");
        var keyPath = _folder.File("server.key");
        SelfSignedCertificate.WritePem(certificate, certificatePath, keyPath);
        return (certificatePath, keyPath);
    }
}
