using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class TopicMatcherTests
{
    [Theory]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/ranking", true)]
    [InlineData("sport/tennis/player1/#", "sport/tennis/player1/score/wimbledon", true)]
    [InlineData("sport/#", "sport", true)]
    [InlineData("#", "anything/at/all", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1", true)]
    [InlineData("sport/tennis/+", "sport/tennis/player1/ranking", false)]
    [InlineData("sport/+", "sport", false)]
    [InlineData("sport/+", "sport/", true)]
    [InlineData("+/+", "/finance", true)]
    [InlineData("/+", "/finance", true)]
    [InlineData("+", "/finance", false)]
    [InlineData("a/b", "a/b", true)]
    [InlineData("a/b", "a/bc", false)]
    [InlineData("a/b", "a", false)]
    [InlineData("a", "a/b", false)]
    [InlineData("eq/v1/+/device/+/event", "eq/v1/poznan/device/disp-01/event", true)]
    [InlineData("eq/v1/+/device/+/event", "eq/v1/poznan/device/disp-01/state", false)]
    public void Matches_SpecExamples_Agree(string filter, string name, bool expected)
    {
        Assert.Equal(expected, TopicMatcher.Matches(filter, name));
    }

    [Theory]
    [InlineData("#", "$SYS/broker/load", false)]
    [InlineData("+/monitor/Clients", "$SYS/monitor/Clients", false)]
    [InlineData("$SYS/#", "$SYS/broker/load", true)]
    [InlineData("$SYS/monitor/+", "$SYS/monitor/Clients", true)]
    public void Matches_DollarTopics_NotMatchedByLeadingWildcard(string filter, string name, bool expected)
    {
        Assert.Equal(expected, TopicMatcher.Matches(filter, name));
    }
}
