using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Tests.Broker.Security;

public sealed class AclAuthorizerTests
{
    /// <summary>DESIGN.md §5 rule 4 written as patterns: each device its own topics, the hub everything.</summary>
    private static AclAuthorizer HallAcl() => new(
        anonymousRules: [new AclRule("public/#", AclAccess.Read)],
        userRules: new Dictionary<string, IReadOnlyList<AclRule>> { ["hub"] = [new AclRule("eq/v1/#", AclAccess.ReadWrite)] },
        patterns:
        [
            new AclRule("eq/v1/+/device/%u/event", AclAccess.Write),
            new AclRule("eq/v1/+/device/%u/state", AclAccess.Write),
            new AclRule("eq/v1/+/device/%u/reply", AclAccess.Read),
            new AclRule("eq/v1/+/device/%u/config", AclAccess.Read),
            new AclRule("eq/v1/+/device/%u/show", AclAccess.Read),
            new AclRule("eq/v1/+/hall/calls", AclAccess.Read),
            new AclRule("clients/%c/#", AclAccess.ReadWrite),
        ]);

    private static IMqttClientPermissions Device(string id) =>
        HallAcl().GetPermissions(new MqttClientIdentity(id, id, null));

    [Theory]
    [InlineData("eq/v1/hall1/device/disp-01/event", true)]
    [InlineData("eq/v1/hall1/device/disp-01/state", true)]
    [InlineData("eq/v1/hall1/device/disp-02/event", false)]
    [InlineData("eq/v1/hall1/device/disp-01/reply", false)]
    [InlineData("eq/v1/hall1/hall/calls", false)]
    [InlineData("clients/disp-01/x", true)]
    public void CanPublish_Device_OnlyItsOwnEventAndState(string topic, bool expected) =>
        Assert.Equal(expected, Device("disp-01").CanPublish(topic));

    [Theory]
    [InlineData("eq/v1/hall1/device/disp-01/reply", true)]
    [InlineData("eq/v1/+/device/disp-01/config", true)]
    [InlineData("eq/v1/hall1/device/disp-01/show", true)]
    [InlineData("eq/v1/hall1/hall/calls", true)]
    [InlineData("eq/v1/hall1/device/disp-02/reply", false)]
    [InlineData("eq/v1/hall1/device/+/reply", false)]
    [InlineData("eq/v1/#", false)]
    [InlineData("#", false)]
    public void CanSubscribe_Device_OnlyItsOwnRepliesConfigShowAndHallCalls(string filter, bool expected) =>
        Assert.Equal(expected, Device("disp-01").CanSubscribe(filter));

    [Fact]
    public void GetPermissions_UserRules_ApplyToThatUserOnly()
    {
        var hub = HallAcl().GetPermissions(new MqttClientIdentity("hub-1", "hub", null));

        Assert.True(hub.CanSubscribe("eq/v1/+/device/+/event"));
        Assert.True(hub.CanPublish("eq/v1/hall1/device/disp-01/reply"));
        Assert.False(Device("disp-01").CanSubscribe("eq/v1/+/device/+/event"));
    }

    [Fact]
    public void GetPermissions_Anonymous_GetsAnonymousRulesAndNoUserPatterns()
    {
        var anonymous = HallAcl().GetPermissions(new MqttClientIdentity("x", null, null));

        Assert.True(anonymous.CanSubscribe("public/news"));
        Assert.False(anonymous.CanPublish("eq/v1/hall1/device/x/event"));
        Assert.True(anonymous.CanPublish("clients/x/y"));
    }

    [Theory]
    [InlineData("a/b", "eq/v1/hall1/device/a/b/event")]
    [InlineData("+", "eq/v1/hall1/device/other/event")]
    [InlineData("#", "eq/v1/hall1/device/other/event")]
    public void GetPermissions_NameThatWouldWidenAPattern_PatternNotApplied(string sneaky, string topic) =>
        Assert.False(Device(sneaky).CanPublish(topic));
}
