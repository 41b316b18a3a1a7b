using System.Text;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>
/// Issue 13 item 3: user disp-02 connecting with client id disp-01 neither kicks disp-01 off nor
/// inherits its session, and a session never receives a topic its current user may not read.
/// </summary>
public sealed class SessionOwnershipTests
{
    private const string Reply01 = "eq/v1/h/device/disp-01/reply";
    private const string Reply02 = "eq/v1/h/device/disp-02/reply";

    private static readonly UserListAuthenticator Devices = new(
        new Dictionary<string, string>
        {
            ["disp-01"] = PasswordHash.Create("pw-01", 1_000),
            ["disp-02"] = PasswordHash.Create("pw-02", 1_000),
        },
        allowAnonymous: false);

    private static readonly AclAuthorizer OwnReply = new([], new Dictionary<string, IReadOnlyList<AclRule>>(),
        [new AclRule("eq/v1/+/device/%u/reply", AclAccess.Read)]);

    private static string Text(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);

    private static Task<RawMqttClient> Device(TestBroker broker, string user, string? clientId = null, bool cleanSession = false) =>
        RawMqttClient.ConnectAsync(broker.Port, clientId ?? user, cleanSession, user, user == "disp-01" ? "pw-01" : "pw-02");

    private static async Task<ConnAckPacket> TryConnectAsync(TestBroker broker, string user, string clientId, bool cleanSession = false)
    {
        var client = await RawMqttClient.OpenAsync(broker.Port);
        await using (client)
        {
            var ack = await client.HandshakeAsync(RawMqttClient.Connect(clientId, cleanSession, user, user == "disp-01" ? "pw-01" : "pw-02"));
            if (ack.ReturnCode != ConnectReturnCode.Accepted)
            {
                Assert.True(await client.WaitClosedAsync());
            }

            return ack;
        }
    }

    [Fact]
    public async Task Connect_ClientIdOfAnotherUserWhileRuleOn_RefusedNotAuthorizedWithBothNamesLogged()
    {
        var log = new CapturingLoggerProvider();
        await using var broker = await TestBroker.StartAsync(Devices, OwnReply,
            configure: o => o with { ClientIdMustMatchUsername = _ => true, LoggerFactory = log });

        var ack = await TryConnectAsync(broker, "disp-02", "disp-01", cleanSession: true);

        Assert.Equal(ConnectReturnCode.NotAuthorized, ack.ReturnCode);
        Assert.Contains(log.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal)
            && l.Contains("user 'disp-02' must connect with its user name as client id, not 'disp-01'", StringComparison.Ordinal));
        await using var own = await Device(broker, "disp-02");
    }

    [Fact]
    public async Task Connect_EmptyClientIdWhileRuleOn_GetsTheUserNameAsClientId()
    {
        await using var broker = await TestBroker.StartAsync(Devices, OwnReply, configure: o => o with { ClientIdMustMatchUsername = _ => true });

        await using var device = await RawMqttClient.ConnectAsync(broker.Port, string.Empty, cleanSession: true, "disp-01", "pw-01");

        Assert.Equal("disp-01", Assert.Single(broker.Broker.ConnectedClients).ClientId);
    }

    [Fact]
    public async Task Connect_ForeignUserTakesLiveClientId_RefusedAndOwnerStaysConnectedWithItsReplies()
    {
        // The rule is off here: the owner check alone must stop the takeover.
        await using var broker = await TestBroker.StartAsync(Devices, OwnReply);
        await using var owner = await Device(broker, "disp-01");
        await owner.SubscribeAsync(Reply01);

        var ack = await TryConnectAsync(broker, "disp-02", "disp-01");

        Assert.Equal(ConnectReturnCode.NotAuthorized, ack.ReturnCode);
        broker.Broker.Publish(Reply01, "for disp-01"u8.ToArray());
        var reply = await owner.ReceiveAsync<PublishPacket>();
        Assert.Equal("for disp-01", Text(reply.Payload));
        Assert.Equal("disp-01", Assert.Single(broker.Broker.ConnectedClients).Username);
    }

    [Fact]
    public async Task Connect_ForeignUserResumesOfflinePersistentSession_RefusedAndQueueKeptForTheOwner()
    {
        await using var broker = await TestBroker.StartAsync(Devices, OwnReply);
        await using (var owner = await Device(broker, "disp-01"))
        {
            await owner.SubscribeAsync(Reply01);
        }

        await Eventually.UntilAsync(() => broker.Broker.ConnectedClients.Count == 0);
        broker.Broker.Publish(Reply01, "queued for disp-01"u8.ToArray());

        Assert.Equal(ConnectReturnCode.NotAuthorized, (await TryConnectAsync(broker, "disp-02", "disp-01")).ReturnCode);
        Assert.Equal(ConnectReturnCode.NotAuthorized, (await TryConnectAsync(broker, "disp-02", "disp-01", cleanSession: true)).ReturnCode);

        await using var back = await RawMqttClient.OpenAsync(broker.Port);
        Assert.True((await back.HandshakeAsync(RawMqttClient.Connect("disp-01", cleanSession: false, "disp-01", "pw-01"))).SessionPresent);
        Assert.Equal("queued for disp-01", Text((await back.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task Deliver_RightsNarrowedAcrossRestart_QueuedAndInflightMessagesOfUnreadableTopicsDropped()
    {
        using var data = new TempDirectory();
        await using (var first = await TestBroker.StartAsync(dataDirectory: data.Path))
        {
            await using (var device = await RawMqttClient.ConnectAsync(first.Port, "dev", cleanSession: false, "dev", "pw"))
            {
                await device.SubscribeAsync("eq/v1/h/#");
                first.Broker.Publish("eq/v1/h/secret", "in flight"u8.ToArray());
                Assert.Equal("in flight", Text((await device.ReceiveAsync<PublishPacket>()).Payload)); // not acknowledged
            }

            await Eventually.UntilAsync(() => first.Broker.ConnectedClients.Count == 0);
            first.Broker.Publish("eq/v1/h/secret", "queued"u8.ToArray());
            first.Broker.Publish("eq/v1/h/device/dev/reply", "mine"u8.ToArray());
        }

        // Restarted with an ACL that lets "dev" read only its own reply.
        await using var second = await TestBroker.StartAsync(authorizer: new AclAuthorizer([], new Dictionary<string, IReadOnlyList<AclRule>>(),
            [new AclRule("eq/v1/+/device/%u/reply", AclAccess.Read)]), dataDirectory: data.Path);
        await using var again = await RawMqttClient.OpenAsync(second.Port);
        Assert.True((await again.HandshakeAsync(RawMqttClient.Connect("dev", cleanSession: false, "dev", "pw"))).SessionPresent);

        var delivered = await again.ReceiveAsync<PublishPacket>();
        Assert.Equal(("eq/v1/h/device/dev/reply", "mine"), (delivered.Topic, Text(delivered.Payload)));
        Assert.Equal(2, second.Broker.DroppedMessagesByClient["dev"]);
        second.Broker.Publish("eq/v1/h/other", "live"u8.ToArray());
        second.Broker.Publish("eq/v1/h/device/dev/reply", "marker"u8.ToArray(), MqttQualityOfService.AtMostOnce);
        Assert.Equal("marker", Text((await again.ReceiveAsync<PublishPacket>()).Payload));
    }

    [Fact]
    public async Task Subscribe_RetainedMessagesTheUserMayNotRead_NotDelivered()
    {
        await using var broker = await TestBroker.StartAsync(authorizer: new AllButOneTopic("dev/secret"));
        broker.Broker.Publish("dev/open", "open"u8.ToArray(), retain: true);
        broker.Broker.Publish("dev/secret", "secret"u8.ToArray(), retain: true);
        await using var client = await RawMqttClient.ConnectAsync(broker.Port, "c");

        await client.SubscribeAsync("dev/#");

        Assert.Equal("dev/open", (await client.ReceiveAsync<PublishPacket>()).Topic);
        broker.Broker.Publish("dev/secret", "live secret"u8.ToArray());
        broker.Broker.Publish("dev/marker", "m"u8.ToArray(), MqttQualityOfService.AtMostOnce);
        Assert.Equal("dev/marker", (await client.ReceiveAsync<PublishPacket>()).Topic);
        Assert.Equal(2, broker.Broker.DroppedMessages);
    }

    [Fact]
    public async Task Restore_SessionSavedWithoutItsUser_DiscardedAndStartedClean()
    {
        using var data = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(data.Path, "sessions.json"),
            """[{"ClientId":"disp-01","Subscriptions":{"eq/v1/h/device/disp-02/reply":1},"InFlight":[],"Queued":[{"Topic":"eq/v1/h/device/disp-02/reply","Payload":"eA==","Qos":1,"Retain":false,"PacketId":0,"State":0}],"AwaitingRelease":[]}]""");
        await using var broker = await TestBroker.StartAsync(Devices, OwnReply, dataDirectory: data.Path);
        await using var client = await RawMqttClient.OpenAsync(broker.Port);

        var ack = await client.HandshakeAsync(RawMqttClient.Connect("disp-01", cleanSession: false, "disp-01", "pw-01"));

        Assert.Equal((ConnectReturnCode.Accepted, false), (ack.ReturnCode, ack.SessionPresent));
        await client.SendAsync(PingReqPacket.Instance);
        await client.ReceiveAsync<PingRespPacket>();
    }

    /// <summary>Everything allowed except reading one topic (as a Mosquitto ACL with a deny line would).</summary>
    private sealed class AllButOneTopic(string hidden) : IMqttAuthorizer, IMqttClientPermissions
    {
        public IMqttClientPermissions GetPermissions(MqttClientIdentity client) => this;

        public bool CanPublish(string topic) => true;

        public bool CanSubscribe(string topicFilter) => true;

        public bool CanRead(string topic) => topic != hidden;
    }
}
