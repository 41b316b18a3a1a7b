using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulation.Tests.Traffic;

public sealed class ServiceTimeSamplerTests
{
    [Fact]
    public void Sample_ManyDraws_AverageNearTheMean()
    {
        var random = new Random(42);

        var mean = Enumerable.Range(0, 20_000).Average(_ => ServiceTimeSampler.Sample(random, 10, 0.5).TotalMinutes);

        Assert.InRange(mean, 9.5, 10.5);
    }

    [Fact]
    public void Sample_AnyDraw_IsPositiveAndBounded()
    {
        var random = new Random(1);

        Assert.All(Enumerable.Range(0, 5_000).Select(_ => ServiceTimeSampler.Sample(random, 6, 1.5)),
            t => Assert.InRange(t.TotalMinutes, 0.5, 48));
    }
}
