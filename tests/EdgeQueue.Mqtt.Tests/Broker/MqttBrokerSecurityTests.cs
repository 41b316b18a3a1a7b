using System.Diagnostics;
using System.Net;
using System.Text;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

public sealed class MqttBrokerSecurityTests
{
    private static readonly AclAuthorizer DeviceAcl = new(
        anonymousRules: [],
        userRules: new Dictionary<string, IReadOnlyList<AclRule>> { ["hub"] = [new AclRule("eq/v1/#", AclAccess.ReadWrite)] },
        patterns: [new AclRule("eq/v1/+/device/%u/event", AclAccess.Write), new AclRule("eq/v1/+/device/%u/reply", AclAccess.Read)]);

    private static readonly UserListAuthenticator Users = new(
        new Dictionary<string, string>
        {
            ["hub"] = PasswordHash.Create("hub-pw", 1_000),
            ["d1"] = PasswordHash.Create("d1-pw", 1_000),
        },
        allowAnonymous: false);

    private static Task<TestBroker> StartAsync() => TestBroker.StartAsync(Users, DeviceAcl);

    [Theory]
    [InlineData("d1", "wrong", ConnectReturnCode.BadUserNameOrPassword)]
    [InlineData("ghost", "d1-pw", ConnectReturnCode.BadUserNameOrPassword)]
    [InlineData(null, null, ConnectReturnCode.NotAuthorized)]
    public async Task Connect_RefusedCredentials_ConnAckCodeThenClosed(string? user, string? password, ConnectReturnCode expected)
    {
        await using var broker = await StartAsync();
        await using var client = await RawMqttClient.OpenAsync(broker.Port);

        var ack = await client.HandshakeAsync(RawMqttClient.Connect("c1", username: user, password: password));

        Assert.Equal(expected, ack.ReturnCode);
        Assert.True(await client.WaitClosedAsync());
        Assert.Empty(broker.Broker.ConnectedClients);
    }

    private static async Task<ConnectReturnCode> TryLogInAsync(int port, string password, IPAddress? from = null, string user = "d1")
    {
        await using var client = await RawMqttClient.OpenAsync(port, from);
        return (await client.HandshakeAsync(RawMqttClient.Connect("c1", username: user, password: password))).ReturnCode;
    }

    [Fact]
    public async Task Connect_AfterFiveWrongPasswords_RefusedWith5WithoutCheckingUntilTheBackOffEnds()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var checks = 0;
        var counting = new DelegateAuthenticator((request, token) =>
        {
            Interlocked.Increment(ref checks);
            return Users.AuthenticateAsync(request, token);
        });
        await using var broker = await TestBroker.StartAsync(counting, DeviceAcl, time: clock);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(ConnectReturnCode.BadUserNameOrPassword, await TryLogInAsync(broker.Port, "guess"));
        }

        Assert.Equal(ConnectReturnCode.NotAuthorized, await TryLogInAsync(broker.Port, "d1-pw"));
        Assert.Equal(5, checks);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(ConnectReturnCode.BadUserNameOrPassword, await TryLogInAsync(broker.Port, "guess"));
        Assert.Equal(ConnectReturnCode.NotAuthorized, await TryLogInAsync(broker.Port, "d1-pw"));
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(ConnectReturnCode.Accepted, await TryLogInAsync(broker.Port, "d1-pw"));
        Assert.Equal(7, checks);
    }

    [Fact]
    public async Task Connect_GuessingForTwoSecondsFromRotatingAddresses_OnlyAFewGuessesCheckedAndTheDeviceStillGetsIn()
    {
        await using var broker = await StartAsync();
        Assert.Equal(ConnectReturnCode.Accepted, await TryLogInAsync(broker.Port, "d1-pw"));
        var codes = new List<ConnectReturnCode>();
        var clock = Stopwatch.StartNew();

        while (clock.Elapsed < TimeSpan.FromSeconds(2))
        {
            // 127.0.0.2 … 127.0.0.21: a guesser that changes address still meets the user's back-off.
            codes.Add(await TryLogInAsync(broker.Port, $"guess-{codes.Count}", IPAddress.Parse($"127.0.0.{2 + (codes.Count % 20)}")));
        }

        var checkedGuesses = codes.Count(c => c == ConnectReturnCode.BadUserNameOrPassword);
        Assert.True(checkedGuesses <= 7, $"{checkedGuesses} of {codes.Count} guesses had their password checked in 2 s");
        Assert.True(codes.Count > checkedGuesses + 20, $"only {codes.Count} attempts: the refusals should be quick");
        Assert.Equal(ConnectReturnCode.Accepted, await TryLogInAsync(broker.Port, "d1-pw"));
    }

    [Fact]
    public async Task Connect_AuthenticatorThrows_RefusedServerUnavailableAndBrokerCarriesOn()
    {
        var failing = new DelegateAuthenticator((request, _) => request.Username == "broken"
            ? throw new InvalidOperationException("credential store locked")
            : ValueTask.FromResult(MqttAuthenticationResult.Accepted));
        await using var broker = await TestBroker.StartAsync(failing);
        await using var client = await RawMqttClient.OpenAsync(broker.Port);

        var ack = await client.HandshakeAsync(RawMqttClient.Connect("c1", username: "broken", password: "x"));

        Assert.Equal(ConnectReturnCode.ServerUnavailable, ack.ReturnCode);
        await using var fine = await RawMqttClient.ConnectAsync(broker.Port, "c2", username: "ok", password: "x");
    }

    [Fact]
    public async Task Connect_WillTopicNotAllowed_RefusedNotAuthorized()
    {
        await using var broker = await StartAsync();
        await using var client = await RawMqttClient.OpenAsync(broker.Port);

        var ack = await client.HandshakeAsync(RawMqttClient.Connect("d1", username: "d1", password: "d1-pw",
            will: new MqttWill { Topic = "eq/v1/h/device/d2/event", Payload = "x"u8.ToArray() }));

        Assert.Equal(ConnectReturnCode.NotAuthorized, ack.ReturnCode);
    }

    [Fact]
    public async Task Subscribe_OneDeniedOneAllowed_SubAckHas0x80ForTheDeniedOnly()
    {
        await using var broker = await StartAsync();
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "d1", username: "d1", password: "d1-pw");

        await device.SendAsync(new SubscribePacket(5,
        [
            new MqttSubscription("eq/v1/h/device/d2/reply", MqttQualityOfService.AtLeastOnce),
            new MqttSubscription("eq/v1/h/device/d1/reply", MqttQualityOfService.ExactlyOnce),
        ]));

        var ack = await device.ReceiveAsync<SubAckPacket>();
        Assert.Equal(5, ack.PacketId);
        Assert.Equal([SubscribeReturnCode.Failure, SubscribeReturnCode.GrantedQos2], ack.ReturnCodes);
        broker.Broker.Publish("eq/v1/h/device/d2/reply", "other"u8.ToArray(), MqttQualityOfService.AtMostOnce);
        broker.Broker.Publish("eq/v1/h/device/d1/reply", "mine"u8.ToArray(), MqttQualityOfService.AtMostOnce);
        Assert.Equal("mine", Encoding.UTF8.GetString((await device.ReceiveAsync<PublishPacket>()).Payload.Span));
    }

    [Fact]
    public async Task Publish_Denied_AcknowledgedButNotDelivered()
    {
        await using var broker = await StartAsync();
        await using var hub = await RawMqttClient.ConnectAsync(broker.Port, "hub", username: "hub", password: "hub-pw");
        await hub.SubscribeAsync("eq/v1/+/device/+/event");
        await using var device = await RawMqttClient.ConnectAsync(broker.Port, "d1", username: "d1", password: "d1-pw");

        await device.SendAsync(new PublishPacket { Topic = "eq/v1/h/device/d2/event", Payload = "forged"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = 1 });
        Assert.Equal(1, (await device.ReceiveAsync<PubAckPacket>()).PacketId);
        await device.SendAsync(new PublishPacket { Topic = "eq/v1/h/device/d2/event", Payload = "forged2"u8.ToArray(), QualityOfService = MqttQualityOfService.ExactlyOnce, PacketId = 2 });
        Assert.Equal(2, (await device.ReceiveAsync<PubRecPacket>()).PacketId);
        await device.SendAsync(new PublishPacket { Topic = "eq/v1/h/device/d1/event", Payload = "genuine"u8.ToArray(), QualityOfService = MqttQualityOfService.AtLeastOnce, PacketId = 3 });

        var delivered = await hub.ReceiveAsync<PublishPacket>();
        Assert.Equal(("eq/v1/h/device/d1/event", "genuine"), (delivered.Topic, Encoding.UTF8.GetString(delivered.Payload.Span)));
    }

    [Fact]
    public async Task Unsubscribe_ThenPublish_NothingDeliveredAndUnsubAckSent()
    {
        await using var broker = await TestBroker.StartAsync();
        await using var client = await RawMqttClient.ConnectAsync(broker.Port, "c");
        await client.SubscribeAsync("a/#", MqttQualityOfService.AtMostOnce);
        await client.SubscribeAsync("b", MqttQualityOfService.AtMostOnce, packetId: 2);

        await client.SendAsync(new UnsubscribePacket(3, ["a/#"]));
        Assert.Equal(3, (await client.ReceiveAsync<UnsubAckPacket>()).PacketId);
        broker.Broker.Publish("a/x", "gone"u8.ToArray(), MqttQualityOfService.AtMostOnce);
        broker.Broker.Publish("b", "kept"u8.ToArray(), MqttQualityOfService.AtMostOnce);

        Assert.Equal("b", (await client.ReceiveAsync<PublishPacket>()).Topic);
    }
}
