using System.Globalization;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Tests.Broker;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>The embedded broker driven by Mosquitto's own command-line clients (Debian mosquitto-clients).</summary>
public sealed class MosquittoClientsTests : IAsyncLifetime
{
    private const string Pub = "mosquitto_pub";
    private const string Sub = "mosquitto_sub";

    /// <summary>mosquitto_sub buffers its output when it is not a terminal; stdbuf makes it line-buffered so the test sees SUBACK at once.</summary>
    private const string LineBuffered = "/usr/bin/stdbuf";
    private const string Prefix = $"eq/v1/{HallBrokerSetup.Site}";

    private MqttBroker _broker = null!;

    private string Port => _broker.LocalEndPoints[0].Port.ToString(CultureInfo.InvariantCulture);

    public async Task InitializeAsync() => _broker = await HallBrokerSetup.StartAsync();

    public async Task DisposeAsync() => await _broker.DisposeAsync();

    private string[] As(string user, string? password = null) =>
        ["-h", "127.0.0.1", "-p", Port, "-u", user, "-P", password ?? HallBrokerSetup.Password(user)];

    /// <summary>Starts mosquitto_sub with debug output and waits for its SUBACK.</summary>
    private async Task<PeerProcess> SubscribeAsync(string user, params string[] arguments)
    {
        return await PeerProcess.StartAndWaitForLineAsync("Subscribed (mid", LineBuffered, ["-oL", Sub, .. As(user), "-d", .. arguments]);
    }

    private async Task PublishAsync(string user, params string[] arguments)
    {
        var publisher = await PeerProcess.RunAsync(Pub, [.. As(user), .. arguments]);
        await using (publisher)
        {
            Assert.True(publisher.ExitCode == 0, $"mosquitto_pub failed ({publisher.ExitCode}): {publisher.Error}");
        }
    }

    [Theory]
    [InlineData("disp-01", "wrong", 4, "bad user name or password")]
    [InlineData("nobody", "x", 4, "bad user name or password")]
    public async Task Connect_BadCredentials_RefusedWithConnAck4(string user, string password, int code, string message)
    {
        await using var publisher = await PeerProcess.RunAsync(Pub, [.. As(user, password), "-t", $"{Prefix}/device/{user}/event", "-m", "x"]);

        Assert.Equal(code, publisher.ExitCode);
        Assert.Contains(message, publisher.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_Anonymous_RefusedNotAuthorised()
    {
        await using var publisher = await PeerProcess.RunAsync(Pub, "-h", "127.0.0.1", "-p", Port, "-t", "x", "-m", "x");

        Assert.Equal(5, publisher.ExitCode);
        Assert.Contains("not authorised", publisher.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task PublishSubscribe_EachQos_RoundTripAtThatQos(int qos)
    {
        var level = qos.ToString(CultureInfo.InvariantCulture);
        await using var hub = await SubscribeAsync("hub", "-t", $"{Prefix}/device/+/event", "-q", "2", "-C", "1", "-v");

        await PublishAsync("disp-01", "-t", $"{Prefix}/device/disp-01/event", "-q", level, "-m", "{\"kind\":\"ticket.request\"}");

        await hub.WaitForExitAsync();
        Assert.Contains($"{Prefix}/device/disp-01/event {{\"kind\":\"ticket.request\"}}", hub.Output, StringComparison.Ordinal);
        Assert.Contains($"received PUBLISH (d0, q{level}, r0", hub.Output, StringComparison.Ordinal);
        if (qos == 2)
        {
            Assert.Contains("received PUBREL", hub.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Retained_NewSubscriberGetsItAndEmptyMessageClearsIt()
    {
        var topic = $"{Prefix}/device/disp-01/config";
        await PublishAsync("hub", "-t", topic, "-q", "1", "-r", "-m", "{\"role\":\"dispenser\"}");

        await using (var device = PeerProcess.Start(LineBuffered, ["-oL", Sub, .. As("disp-01"), "-d", "-t", topic, "-q", "1", "-C", "1", "-v"]))
        {
            await device.WaitForExitAsync();
            Assert.Contains($"{topic} {{\"role\":\"dispenser\"}}", device.Output, StringComparison.Ordinal);
            Assert.Contains("r1", device.Output, StringComparison.Ordinal);
        }

        await PublishAsync("hub", "-t", topic, "-q", "1", "-r", "-n");
        Assert.Null(_broker.RetainedMessages.Get(topic));
        await using var later = await SubscribeAsync("disp-01", "-t", topic, "-C", "1", "-v");
        await PublishAsync("hub", "-t", topic, "-m", "live");
        await later.WaitForExitAsync();
        Assert.Contains($"{topic} live", later.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dispenser", later.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Will_ClientKilled_WillDeliveredAndRetained()
    {
        var stateTopic = $"{Prefix}/device/disp-01/state";
        await using var hub = await SubscribeAsync("hub", "-t", $"{Prefix}/device/+/state", "-q", "1", "-C", "1", "-v");
        await using var device = await SubscribeAsync("disp-01", "-t", $"{Prefix}/device/disp-01/reply", "-q", "1",
            "--will-topic", stateTopic, "--will-payload", "{\"online\":false}", "--will-qos", "1", "--will-retain");

        await device.KillAsync();

        await hub.WaitForExitAsync();
        Assert.Contains($"{stateTopic} {{\"online\":false}}", hub.Output, StringComparison.Ordinal);
        Assert.NotNull(_broker.RetainedMessages.Get(stateTopic));
    }

    [Fact]
    public async Task PersistentSession_MessagesWhileOffline_DeliveredOnReconnect()
    {
        var reply = $"{Prefix}/device/disp-02/reply";
        string[] session = ["-i", "disp-02", "-c", "-q", "1", "-t", reply, "-v"];
        await using (var first = PeerProcess.Start(LineBuffered, ["-oL", Sub, .. As("disp-02"), .. session, "-E"]))
        {
            await first.WaitForExitAsync();
            Assert.Equal(0, first.ExitCode);
        }

        for (var i = 1; i <= 3; i++)
        {
            await PublishAsync("hub", "-t", reply, "-q", "1", "-m", $"reply-{i}");
        }

        await using var again = PeerProcess.Start(LineBuffered, ["-oL", Sub, .. As("disp-02"), .. session, "-C", "3"]);
        await again.WaitForExitAsync();
        Assert.Equal([$"{reply} reply-1", $"{reply} reply-2", $"{reply} reply-3"],
            again.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task Wildcards_PlusAndHash_MatchAsSpecifiedAndHashSkipsDollarTopics()
    {
        await using var everything = await SubscribeAsync("tester", "-t", "#", "-C", "2", "-v");
        await using var calls = await SubscribeAsync("tester", "-t", "eq/v1/+/hall/calls", "-C", "1", "-v");
        await using var dollar = await SubscribeAsync("tester", "-t", "$app/#", "-C", "1", "-v");

        await PublishAsync("tester", "-t", "$app/internal", "-m", "hidden");
        await PublishAsync("tester", "-t", "eq/v1/hall1/extra/hall/calls", "-m", "too-deep");
        await PublishAsync("tester", "-t", "eq/v1/hall1/hall/calls", "-m", "A017");

        await Task.WhenAll(everything.WaitForExitAsync(), calls.WaitForExitAsync(), dollar.WaitForExitAsync());
        Assert.Equal(["eq/v1/hall1/extra/hall/calls too-deep", "eq/v1/hall1/hall/calls A017"], Lines(everything.Output));
        Assert.Equal(["eq/v1/hall1/hall/calls A017"], Lines(calls.Output));
        Assert.Equal(["$app/internal hidden"], Lines(dollar.Output));
    }

    [Fact]
    public async Task Acl_PublishToAnotherDevicesTopic_NotDelivered()
    {
        await using var hub = await SubscribeAsync("hub", "-t", $"{Prefix}/device/+/event", "-C", "1", "-v");

        await PublishAsync("disp-01", "-t", $"{Prefix}/device/disp-02/event", "-q", "1", "-m", "forged");
        await PublishAsync("disp-02", "-t", $"{Prefix}/device/disp-02/event", "-q", "1", "-m", "genuine");

        await hub.WaitForExitAsync();
        Assert.Equal([$"{Prefix}/device/disp-02/event genuine"], Lines(hub.Output));
    }

    [Fact]
    public async Task Acl_SubscribeToAnotherDevicesReply_Denied()
    {
        await using var device = PeerProcess.Start(LineBuffered, ["-oL", Sub, .. As("disp-01"), "-d", "-t", $"{Prefix}/device/disp-02/reply", "-W", "5"]);

        await device.WaitForLineAsync("Subscribed (mid: 1): 128");
        await device.WaitForLineAsync("All subscription requests were denied");
    }

    [Fact]
    public async Task Burst_20000Qos1LinesFromMosquittoPub_AllReachMosquittoSubInOrder()
    {
        const int count = 20_000;
        await using var subscriber = await SubscribeAsync("tester", "-i", "burst-sub", "-t", "burst/t", "-q", "1", "-C", count.ToString(CultureInfo.InvariantCulture));

        // One message per line of stdin, up to 20,000 in flight at once.
        await using (var publisher = await PeerProcess.RunAsync("/bin/sh", "-c",
            $"seq 0 {count - 1} | {Pub} -h 127.0.0.1 -p {Port} -u tester -P {HallBrokerSetup.Password("tester")} -i burst-pub -t burst/t -q 1 -M {count} -l"))
        {
            Assert.True(publisher.ExitCode == 0, publisher.Error);
        }

        await subscriber.WaitForExitAsync();
        Assert.Equal(Enumerable.Range(0, count).Select(i => i.ToString(CultureInfo.InvariantCulture)), Lines(subscriber.Output));
        Assert.Equal(0, _broker.DroppedMessages);
    }

    [Fact]
    public async Task Takeover_Disp02WithClientIdDisp01_RefusedNotAuthorisedAndDisp01KeepsReceiving()
    {
        var reply = $"{Prefix}/device/disp-01/reply";
        await using var owner = await SubscribeAsync("disp-01", "-i", "disp-01", "-c", "-q", "1", "-t", reply, "-C", "1", "-v");

        await using (var intruder = await PeerProcess.RunAsync(Sub, [.. As("disp-02"), "-i", "disp-01", "-c", "-t", reply, "-C", "1"]))
        {
            Assert.Equal(5, intruder.ExitCode);
            Assert.Contains("not authorised", intruder.Error, StringComparison.Ordinal);
        }

        await PublishAsync("hub", "-t", reply, "-q", "1", "-m", "for-disp-01");
        await owner.WaitForExitAsync();
        Assert.Equal([$"{reply} for-disp-01"], Lines(owner.Output));
    }

    [Fact]
    public async Task Malformed_SuiteOfBadConnections_EachClosedAndMosquittoClientsStillServed()
    {
        var open = await MalformedSuite.RunAsync(_broker.LocalEndPoints[0].Port, "tester", HallBrokerSetup.Password("tester"));

        Assert.Empty(open);
        await using var subscriber = await SubscribeAsync("tester", "-t", "check/+", "-q", "2", "-C", "1", "-v");
        await PublishAsync("tester", "-t", "check/1", "-q", "2", "-m", "ok");
        await subscriber.WaitForExitAsync();
        Assert.Equal(["check/1 ok"], Lines(subscriber.Output));
    }

    /// <summary>The message lines of mosquitto_sub -v output, without -d debug lines.</summary>
    private static string[] Lines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("Client ", StringComparison.Ordinal) && !l.StartsWith("Subscribed", StringComparison.Ordinal))];
}
