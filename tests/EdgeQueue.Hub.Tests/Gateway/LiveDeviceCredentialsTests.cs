using EdgeQueue.Contracts;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Hub.Tests.Gateway;

public sealed class LiveDeviceCredentialsTests
{
    private static readonly SiteDefinition Site = TestSite.Create();

    [Fact]
    public void Replace_AddedRemovedRekeyed_ReportedAndTheNewSetInForce()
    {
        var credentials = new LiveDeviceCredentials(Site.Topics, Site.Devices);
        var keypad7 = Site.Devices[2] with { Id = DeviceId.Parse("keypad-07") };
        var disp1 = Site.Devices[0] with { PasswordHash = Site.Devices[1].PasswordHash };

        var changes = credentials.Replace([disp1, Site.Devices[1], keypad7]);

        Assert.Equal(["keypad-07"], changes.Added);
        Assert.Equal(["keypad-01", "keypad-02"], changes.Removed);
        Assert.Equal(["disp-01"], changes.Rekeyed);
        Assert.Equal("added keypad-07; removed keypad-01, keypad-02; new password disp-01", changes.Describe());
        Assert.False(credentials.TryGetHash("keypad-01", out _));
        Assert.True(credentials.TryGetHash("disp-01", out var hash));
        Assert.Equal(Site.Devices[1].PasswordHash, hash);
    }

    [Fact]
    public void GetPermissions_AddedDevice_OwnTopicsOnlyRemovedDeviceNothing()
    {
        var credentials = new LiveDeviceCredentials(Site.Topics, Site.Devices);
        var keypad7 = DeviceId.Parse("keypad-07");
        credentials.Replace([Site.Devices[0], Site.Devices[2] with { Id = keypad7 }]);

        var added = credentials.GetPermissions(new MqttClientIdentity("keypad-07", "keypad-07", null));
        var removed = credentials.GetPermissions(new MqttClientIdentity("keypad-02", "keypad-02", null));

        Assert.True(added.CanPublish(Site.Topics.DeviceEvent(keypad7)));
        Assert.False(added.CanPublish(Site.Topics.DeviceEvent(DeviceId.Parse("disp-01"))));
        Assert.False(removed.CanPublish(Site.Topics.DeviceEvent(DeviceId.Parse("keypad-02"))));
        Assert.False(removed.CanSubscribe(Site.Topics.DeviceReply(DeviceId.Parse("keypad-02"))));
    }

    [Fact]
    public void Replace_SameDevices_NoChange()
    {
        var credentials = new LiveDeviceCredentials(Site.Topics, Site.Devices);

        var changes = credentials.Replace(Site.Devices);

        Assert.True(changes.IsEmpty);
        Assert.Equal("no change", changes.Describe());
    }
}
