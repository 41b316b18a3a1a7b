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

    [Fact]
    public void Matches_RandomFiltersAndNames_AgreesWithLevelByLevelReference()
    {
        var random = new Random(1883);
        string[] levels = ["a", "b", "", "$x", "+", "#"];
        var checkedPairs = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var filter = string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => levels[random.Next(levels.Length)]));
            var name = string.Join('/', Enumerable.Range(0, random.Next(1, 5)).Select(_ => levels[random.Next(4)]));
            if (!MqttTopic.IsValidFilter(filter) || !MqttTopic.IsValidName(name))
            {
                continue;
            }

            Assert.True(Reference(filter, name) == TopicMatcher.Matches(filter, name), $"filter '{filter}', name '{name}'");
            checkedPairs++;
        }

        Assert.True(checkedPairs > 5_000);
    }

    /// <summary>§4.7 read literally: split both into levels and walk them.</summary>
    private static bool Reference(string filter, string name)
    {
        if (name.StartsWith('$') && (filter.StartsWith('+') || filter.StartsWith('#')))
        {
            return false;
        }

        var f = filter.Split('/');
        var n = name.Split('/');
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] == "#")
            {
                return true;
            }

            if (i >= n.Length || (f[i] != "+" && f[i] != n[i]))
            {
                return false;
            }
        }

        return f.Length == n.Length;
    }
}
