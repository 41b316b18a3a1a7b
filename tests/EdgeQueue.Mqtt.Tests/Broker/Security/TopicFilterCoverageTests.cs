using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Tests.Broker.Security;

public sealed class TopicFilterCoverageTests
{
    [Theory]
    [InlineData("eq/v1/+/device/disp-01/reply", "eq/v1/hall/device/disp-01/reply", true)]
    [InlineData("eq/v1/+/device/disp-01/reply", "eq/v1/+/device/disp-01/reply", true)]
    [InlineData("eq/v1/hall/device/disp-01/reply", "eq/v1/+/device/disp-01/reply", false)]
    [InlineData("eq/v1/+/device/disp-01/reply", "eq/v1/#", false)]
    [InlineData("eq/v1/#", "eq/v1/+/device/+/event", true)]
    [InlineData("eq/v1/#", "eq/v1", true)]
    [InlineData("eq/v1/#", "eq/v1/#", true)]
    [InlineData("eq/+", "eq/+/x", false)]
    [InlineData("#", "anything/at/all", true)]
    [InlineData("#", "$SYS/#", false)]
    [InlineData("+/x", "$app/x", false)]
    [InlineData("$app/#", "$app/x", true)]
    public void Covers_AclAndSubscription_OnlyWhenEveryMatchedTopicIsAllowed(string acl, string subscription, bool expected) =>
        Assert.Equal(expected, TopicFilterCoverage.Covers(acl, subscription));
}
