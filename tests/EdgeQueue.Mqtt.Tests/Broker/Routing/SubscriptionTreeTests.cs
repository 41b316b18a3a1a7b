using EdgeQueue.Mqtt.Broker.Routing;

namespace EdgeQueue.Mqtt.Tests.Broker.Routing;

public sealed class SubscriptionTreeTests
{
    private sealed record Client(string Name);

    private static readonly Client A = new("a");
    private static readonly Client B = new("b");

    private static List<Subscription<Client>> Match(SubscriptionTree<Client> tree, string topic)
    {
        var matches = new List<Subscription<Client>>();
        tree.Match(topic, matches);
        return matches;
    }

    [Theory]
    [InlineData("eq/v1/hall/device/disp-01/event", "eq/v1/hall/device/disp-01/event", true)]
    [InlineData("eq/v1/+/device/+/event", "eq/v1/hall/device/disp-01/event", true)]
    [InlineData("eq/v1/#", "eq/v1/hall/device/disp-01/event", true)]
    [InlineData("eq/v1/#", "eq/v1", true)]
    [InlineData("#", "eq/v1", true)]
    [InlineData("+", "eq", true)]
    [InlineData("+", "eq/v1", false)]
    [InlineData("+/+", "/x", true)]
    [InlineData("a/+", "a/", true)]
    [InlineData("a/+/c", "a/b/c/d", false)]
    [InlineData("#", "$SYS/broker", false)]
    [InlineData("+/broker", "$SYS/broker", false)]
    [InlineData("$SYS/#", "$SYS/broker", true)]
    [InlineData("$app/+", "$app/x", true)]
    public void Match_FilterAndTopic_MatchesAsSpecified(string filter, string topic, bool expected)
    {
        var tree = new SubscriptionTree<Client>();
        tree.Add(A, filter, 1);

        Assert.Equal(expected, Match(tree, topic).Count == 1);
    }

    [Fact]
    public void Match_OverlappingFiltersOfOneSubscriber_OneMatchWithHighestQos()
    {
        var tree = new SubscriptionTree<Client>();
        tree.Add(A, "a/#", 0);
        tree.Add(A, "a/+", 2);
        tree.Add(A, "a/b", 1);
        tree.Add(B, "a/b", 0);

        var matches = Match(tree, "a/b");

        Assert.Equal(2, matches.Count);
        Assert.Equal(2, matches.Single(m => m.Subscriber == A).Qos);
        Assert.Equal(0, matches.Single(m => m.Subscriber == B).Qos);
    }

    [Fact]
    public void Add_SameFilterTwice_ReplacesQos()
    {
        var tree = new SubscriptionTree<Client>();

        Assert.True(tree.Add(A, "a/b", 0));
        Assert.False(tree.Add(A, "a/b", 2));

        Assert.Equal(2, Assert.Single(Match(tree, "a/b")).Qos);
        Assert.Equal(1, tree.Count);
    }

    [Fact]
    public void Remove_LastSubscription_NothingMatchesAndCountIsZero()
    {
        var tree = new SubscriptionTree<Client>();
        tree.Add(A, "a/+/c", 1);
        tree.Add(B, "a/#", 1);

        Assert.True(tree.Remove(A, "a/+/c"));
        Assert.False(tree.Remove(A, "a/+/c"));
        Assert.True(tree.Remove(B, "a/#"));

        Assert.Empty(Match(tree, "a/b/c"));
        Assert.Equal(0, tree.Count);
    }

    [Fact]
    public async Task Match_WhileAnotherThreadSubscribes_NeverThrows()
    {
        var tree = new SubscriptionTree<Client>();
        tree.Add(A, "x/#", 1);
        var clients = Enumerable.Range(0, 200).Select(i => new Client($"c{i}")).ToArray();
        var writer = Task.Run(() =>
        {
            foreach (var client in clients)
            {
                tree.Add(client, $"x/{client.Name}/+", 1);
                tree.Remove(client, $"x/{client.Name}/+");
            }
        });

        while (!writer.IsCompleted)
        {
            Assert.Contains(Match(tree, "x/c5/y"), m => m.Subscriber == A);
        }

        await writer;
        Assert.Equal(1, tree.Count);
    }
}
