using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class SiteConfigurationTests
{
    [Fact]
    public void Validate_GoodSite_NoProblems() => Assert.Empty(TestSite.Configuration().Validate());

    [Fact]
    public void Validate_BadSite_EveryProblemNamed()
    {
        var bad = TestSite.Configuration(c => c with
        {
            TimeZoneId = "Mars/Olympus",
            Categories = [.. c.Categories, c.Categories[0], c.Categories[1] with { Prefix = "bb", DailyLimit = 0 }],
            Counters = [.. c.Counters, new CounterDefinition { Number = 9, Categories = ["Q"] }],
        });

        var problems = bad.Validate();

        Assert.Contains(problems, p => p.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'A' is defined twice", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'bb' must be one capital letter", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("daily limit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown category 'Q'", StringComparison.Ordinal));
        var error = Assert.Throws<ArgumentException>(() => new QueueEngine(bad));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }
}
