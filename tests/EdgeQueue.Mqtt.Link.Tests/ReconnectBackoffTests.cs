namespace EdgeQueue.Mqtt.Link.Tests;

public sealed class ReconnectBackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 125)]
    [InlineData(0, 0.999, 249)]
    [InlineData(1, 0.0, 250)]
    [InlineData(3, 0.5, 1500)]
    [InlineData(10, 0.0, 15_000)]
    [InlineData(200, 0.999, 29_985)]
    public void Delay_Attempt_DoublesFromTheUpperHalfOfEachStepUpToTheCap(int attempt, double random, int expectedMs)
    {
        var delay = ReconnectBackoff.Delay(attempt, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30), random);

        Assert.Equal(expectedMs, (int)delay.TotalMilliseconds);
    }
}
