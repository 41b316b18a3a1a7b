using EdgeQueue.Contracts;

namespace EdgeQueue.Contracts.Tests;

public sealed class SiteTopicsTests
{
    private readonly SiteTopics _topics = new("poznan-libelta");

    [Fact]
    public void DeviceEvent_Device_FollowsContract()
    {
        Assert.Equal("eq/v1/poznan-libelta/device/disp-01/event", _topics.DeviceEvent(DeviceId.Parse("disp-01")));
        Assert.Equal("eq/v1/poznan-libelta/hall/calls", _topics.HallCalls);
        Assert.Equal("eq/v1/poznan-libelta/sync/events-ack", _topics.SyncEventsAck);
    }

    [Fact]
    public void TryParseDeviceTopic_OwnSiteTopic_ReturnsDeviceAndKind()
    {
        Assert.True(_topics.TryParseDeviceTopic("eq/v1/poznan-libelta/device/keypad-05/state", out var id, out var kind));
        Assert.Equal(DeviceId.Parse("keypad-05"), id);
        Assert.Equal(DeviceTopicKind.State, kind);
    }

    [Theory]
    [InlineData("eq/v1/torun/device/keypad-05/state")]
    [InlineData("eq/v1/poznan-libelta/device/keypad-05/status")]
    [InlineData("eq/v1/poznan-libelta/device/printer-05/state")]
    [InlineData("eq/v1/poznan-libelta/device//state")]
    [InlineData("eq/v1/poznan-libelta/hall/calls")]
    public void TryParseDeviceTopic_OtherTopic_ReturnsFalse(string topic)
    {
        Assert.False(_topics.TryParseDeviceTopic(topic, out _, out _));
    }

    [Theory]
    [InlineData("Poznan")]
    [InlineData("a/b")]
    [InlineData("+")]
    [InlineData("")]
    public void Constructor_InvalidSiteId_Throws(string site)
    {
        var e = Assert.Throws<ArgumentException>(() => new SiteTopics(site));
        Assert.Contains("lowercase", e.Message, StringComparison.Ordinal);
    }
}
