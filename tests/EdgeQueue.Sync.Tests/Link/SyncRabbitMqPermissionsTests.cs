using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Sync.Tests.Link;

/// <summary>
/// The sync ACL translated for RabbitMQ, exactly as docs/deploy/rabbitmq-cluster.md shows it (the
/// scenarios of <see cref="EndToEnd.SecureLinkScenarios"/> show a real node enforcing it).
/// </summary>
public sealed class SyncRabbitMqPermissionsTests
{
    [Fact]
    public void RabbitMq_CentralAndOneHub_OwnQueuesAndOwnSitesRoutingKeys()
    {
        var permissions = SyncAccessRules.RabbitMq("central", new Dictionary<string, string> { ["hub-poznan-libelta"] = "poznan-libelta" });

        Assert.Equal(new RabbitMqPermissions("central", "^mqtt-subscription-edgequeue-centralqos[01]$",
            @"^(amq\.topic|mqtt-subscription-edgequeue-centralqos[01])$", @"^(amq\.topic|mqtt-subscription-edgequeue-centralqos[01])$",
            @"^(eq\.v1\.[^.]+\.sync(\..*)?)$", @"^(eq\.v1\.[^.]+\.sync(\..*)?)$"), permissions[0]);
        const string Site = @"eq\.v1\.poznan-libelta\.sync\.";
        Assert.Equal(new RabbitMqPermissions("hub-poznan-libelta", "^mqtt-subscription-hub-poznan-libeltaqos[01]$",
            @"^(amq\.topic|mqtt-subscription-hub-poznan-libeltaqos[01])$", @"^(amq\.topic|mqtt-subscription-hub-poznan-libeltaqos[01])$",
            $"^({Site}events|{Site}bookings-ack|{Site}status|{Site}devices)$",
            $"^({Site}bookings-ack|{Site}events-ack|{Site}bookings|{Site}config)$"), permissions[1]);
    }

    [Theory]
    [InlineData("eq/v1/+/sync/#", "eq.v1.*.sync.#", true)]
    [InlineData("eq/v1/+/sync/#", "eq.v1.torun.sync.events", true)]
    [InlineData("eq/v1/+/sync/#", "eq.v1.torun.device.d1.event", false)]
    [InlineData("eq/v1/a/sync/events", "eq.v1.a.sync.events", true)]
    [InlineData("eq/v1/a/sync/events", "eq.v1.b.sync.events", false)]
    [InlineData("eq/v1/a/sync/events", "eq.v1.a.sync.events-ack", false)]
    public void RoutingKeyPattern_Filter_MatchesTheRoutingKeysAndBindingKeysItCovers(string filter, string routingKey, bool matches) =>
        Assert.Equal(matches, System.Text.RegularExpressions.Regex.IsMatch(routingKey, $"^({RabbitMqAcl.RoutingKeyPattern(filter)})$"));
}
