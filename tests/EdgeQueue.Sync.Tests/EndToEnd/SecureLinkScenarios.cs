using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Central;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Sync.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.EndToEnd;

/// <summary>The link over TLS with a city CA made in the test, and the central broker's ACL between sites.</summary>
[Collection(RabbitMqCollection.Name)]
public sealed class SecureLinkScenarios(ITestOutputHelper output, RabbitMqNode rabbit)
{
    [Fact]
    public async Task S07_TlsLink_MosquittoWithTestCa_SyncsBothWaysAndHubStateShowsCentral()
    {
        using var certificates = new TempDirectory("eq-sync-tls");
        using var ca = new TestCertificateAuthority("EdgeQueue test city CA");
        using var server = ca.IssueServer("central-broker");
        var files = ca.WriteBrokerFiles(certificates.Path);
        var broker = await CentralBroker.StartMosquittoAsync([CentralUnderTest.Site], files, server);
        await using var world = await SyncWorld.StartCentralAsync(output, broker, files.CaFile);
        Assert.StartsWith("mqtts://", broker.Url, StringComparison.Ordinal);
        var matter = await world.Central.CreateMatterAsync("B");
        var visit = await world.Central.BookAsync(matter, 11, new TimeOnly(14, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(10));
        var hubStates = new List<HubState>();
        await using var watch = await world.Hub.Host.Bus.SubscribeAsync(world.Hub.Host.Site.Topics.HubState, (message, _) =>
        {
            lock (hubStates)
            {
                hubStates.Add(ContractJson.Deserialize<HubState>(message.Payload.Span));
            }

            return ValueTask.CompletedTask;
        }, CancellationToken.None);

        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the booking over TLS");
        await world.Hub.RunAsync(new CheckIn(visit.Code));
        var (hub, central) = await world.CaughtUpAsync();
        Assert.Equal(hub, central);
        await Eventually.UntilAsync(() => LastOf(hubStates), s => s?.Central == "up", "hub/state says central is up");
        var devices = await Eventually.UntilAsync(() => world.Central.Reader.ListDevicesAsync(), d => d.Count == 1,
            "central has the hub's device registry");
        Assert.Equal(["disp-01", "keypad-01", "keypad-02"], devices[0].Message.Devices.Select(d => d.Id).Order(StringComparer.Ordinal));
        var status = await Eventually.UntilAsync(() => world.Central.Reader.GetStatusAsync(CentralUnderTest.Site),
            s => s?.Message.Categories.Single(c => c.Prefix == "B").Waiting.Count == 1, "central has the live status with the checked-in visit");
        Assert.True(status!.Message.Categories.Single(c => c.Prefix == "B").Waiting[0].Booked);

        await broker.StopAsync();
        await Eventually.UntilAsync(() => LastOf(hubStates), s => s?.Central == "down", "hub/state says central is down");
        Assert.Equal(CentralLinkState.Down, world.Hub.Central.State);
        using var http = new HttpClient { BaseAddress = world.Hub.Host.HttpAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("technik:pw-device")));
        var technicianView = await http.GetStringAsync(new Uri("/devices.json", UriKind.Relative));
        Assert.Contains("\"central\":\"down (mqtts://127.0.0.1:", technicianView, StringComparison.Ordinal);
    }

    /// <summary>
    /// The ACL of each broker, as exported for it: a hub's login reads and writes its own site's sync
    /// topics only. The embedded broker refuses such a subscription (SUBACK failure), Mosquitto grants
    /// it but delivers nothing, RabbitMQ 3.10 closes the connection; each broker drops or refuses the
    /// forged publish. Whatever the way, nothing of the other site reaches the intruder or central.
    /// Each attempt on a connection of its own; the hub's own retained config shows that a permitted
    /// subscription does deliver.
    /// </summary>
    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.Mosquitto)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S08_Acl_HubLoginCannotReadOrWriteAnotherSitesSyncTopics(BrokerKind kind)
    {
        const string other = "torun-rynek";
        await using var world = await SyncWorld.StartCentralAsync(output,
            await CentralBroker.StartAsync(kind, [CentralUnderTest.Site, other], rabbit));
        var own = new SiteTopics(CentralUnderTest.Site);
        var foreign = new SiteTopics(other);
        await using (var central = await ConnectAsync(world.Broker, CentralBroker.CentralUser, CentralBroker.CentralPassword, "forger-central"))
        {
            await central.PublishAsync(foreign.SyncConfig, "{}", retain: true);
            await central.PublishAsync(own.SyncConfig, "{}", retain: true);
        }

        Assert.Empty(await AttemptAsHubAsync(world.Broker, intruder => intruder.SubscribeAsync(foreign.SyncConfig)));
        Assert.Empty(await AttemptAsHubAsync(world.Broker, intruder => intruder.SubscribeAsync(foreign.SyncBookings)));
        Assert.Equal(new[] { own.SyncConfig }, await AttemptAsHubAsync(world.Broker, intruder => intruder.SubscribeAsync(own.SyncConfig)));

        var forged = ContractJson.Serialize(new SyncEventBatch([new SyncedEvent(1, "TicketIssued", DateTimeOffset.UnixEpoch,
            System.Text.Json.JsonDocument.Parse("""{"type":"TicketIssued"}""").RootElement)]));
        await AttemptAsHubAsync(world.Broker, intruder => intruder.PublishAsync(foreign.SyncEvents, forged));
        await AttemptAsHubAsync(world.Broker, intruder => intruder.PublishAsync(own.SyncEvents, forged));

        await Eventually.UntilAsync(() => world.Central.Reader.ReadEventsAsync(CentralUnderTest.Site, 0, 10), e => e.Count == 1,
            "central stores the event published on the hub's own site");
        Assert.Empty(await world.Central.Reader.ReadEventsAsync(other, 0, 10));
        await Assert.ThrowsAsync<MqttLinkRefusedException>(() => ConnectAsync(world.Broker, CentralBroker.HubUser(other), "guess", CentralBroker.HubClientId(other)));
    }

    [Theory]
    [InlineData(BrokerKind.Embedded)]
    [InlineData(BrokerKind.RabbitMq)]
    public async Task S09_BadInput_MalformedSyncMessagesBothWays_RefusedAndSyncGoesOn(BrokerKind kind)
    {
        await using var world = await SyncWorld.StartCentralAsync(output, await CentralBroker.StartAsync(kind, [CentralUnderTest.Site], rabbit));
        var topics = new SiteTopics(CentralUnderTest.Site);
        await using (var forger = await ConnectAsHubAsync(world.Broker))
        {
            await forger.PublishAsync(topics.SyncEvents, "not json");
            await forger.PublishAsync(topics.SyncEvents, """{"events":[{"seq":1}]}""");
            await forger.PublishAsync(topics.SyncStatus, """{"at":"yesterday"}""");
        }

        var matter = await world.Central.CreateMatterAsync("A");
        var visit = await world.Central.BookAsync(matter, 12, new TimeOnly(15, 0));
        await world.StartHubAsync(visit, before: TimeSpan.FromMinutes(10));
        await Eventually.UntilAsync(() => world.Hub.Central.State, s => s == CentralLinkState.Up, "link up");
        await using (var forger = await ConnectAsync(world.Broker, CentralBroker.CentralUser, CentralBroker.CentralPassword, "forger-central"))
        {
            await forger.PublishAsync(topics.SyncBookings, """{"bookings":[{"seq":1,"kind":"booked"}]}""");
            await forger.PublishAsync(topics.SyncConfig, "{", retain: true);
        }

        await Eventually.UntilAsync(() => world.Hub.Queue.BookingsSequence, s => s == 1, "the real booking beside the malformed ones");
        await world.Hub.RunAsync(new CheckIn(visit.Code));
        var (hub, central) = await world.CaughtUpAsync();

        Assert.Equal(hub, central);
        Assert.Null(world.Hub.Central.PendingConfigVersion);
        Assert.Equal(CentralLinkState.Up, world.Hub.Central.State);
        Assert.Null(await world.Central.Reader.GetStatusAsync("nowhere"));
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> on a fresh connection of <see cref="CentralUnderTest.Site"/>'s hub
    /// login (its own client id: RabbitMQ permits no other) and returns the topics of the messages it
    /// received within a short while (a retained message of a granted subscription comes at once).
    /// A broker closing the connection over the attempt is one way of refusing it.
    /// </summary>
    private static async Task<IReadOnlyList<string>> AttemptAsHubAsync(CentralBroker broker, Func<MqttLink, Task> attempt)
    {
        await using var intruder = await ConnectAsHubAsync(broker);
        try
        {
            await attempt(intruder).WaitAsync(TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromMilliseconds(300));
        }
        catch (Exception e) when (e is MqttLinkClosedException || (e is InvalidOperationException && !intruder.IsConnected))
        {
            // Closed by the broker (RabbitMQ); with reconnection off the link then counts as not started.
        }

        var received = new List<string>();
        while (intruder.Messages.TryRead(out var message))
        {
            received.Add(message.Topic);
        }

        return received;
    }

    private static Task<MqttLink> ConnectAsHubAsync(CentralBroker broker) =>
        ConnectAsync(broker, CentralBroker.HubUser(CentralUnderTest.Site), CentralBroker.HubPassword(CentralUnderTest.Site),
            CentralBroker.HubClientId(CentralUnderTest.Site));

    private static async Task<MqttLink> ConnectAsync(CentralBroker broker, string user, string password, string clientId)
    {
        var client = new MqttLink(new MqttLinkOptions
        {
            Host = "127.0.0.1",
            Port = broker.Port,
            ClientId = clientId,
            Username = user,
            Password = password,
            AutoReconnect = false,
        });
        try
        {
            await client.ConnectAsync();
            return client;
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private static HubState? LastOf(List<HubState> states)
    {
        lock (states)
        {
            return states.Count == 0 ? null : states[^1];
        }
    }
}
