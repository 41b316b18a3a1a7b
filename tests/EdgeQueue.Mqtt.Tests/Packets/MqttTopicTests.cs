using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class MqttTopicTests
{
    [Theory]
    [InlineData("a", true)]
    [InlineData("/", true)]
    [InlineData("a//b", true)]
    [InlineData("$SYS/x", true)]
    [InlineData("", false)]
    [InlineData("a/+", false)]
    [InlineData("a/#", false)]
    [InlineData("a\0b", false)]
    public void IsValidName_Examples_FollowSection47(string topic, bool valid)
    {
        Assert.Equal(valid, MqttTopic.IsValidName(topic));
    }

    [Theory]
    [InlineData("#", true)]
    [InlineData("+", true)]
    [InlineData("a/#", true)]
    [InlineData("+/+", true)]
    [InlineData("/+", true)]
    [InlineData("a/+/b/#", true)]
    [InlineData("", false)]
    [InlineData("a#", false)]
    [InlineData("a/#/b", false)]
    [InlineData("a+", false)]
    [InlineData("a/b+/c", false)]
    [InlineData("++", false)]
    public void IsValidFilter_Examples_FollowSection471(string filter, bool valid)
    {
        Assert.Equal(valid, MqttTopic.IsValidFilter(filter));
    }
}
