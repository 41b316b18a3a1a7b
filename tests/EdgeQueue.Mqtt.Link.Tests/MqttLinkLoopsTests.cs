using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>The one link lifecycle (the hub's link to central and central's link to the hubs run on it), against a real Mosquitto.</summary>
public sealed class MqttLinkLoopsTests
{
    [Fact]
    public async Task StopAsync_Running_CancelsEveryLoopWaitsForThemAndClosesTheLinkOnce()
    {
        await using var mosquitto = await LinkPeer.StartAsync();
        var link = new MqttLink(LinkPeer.Link(mosquitto.Port, "loops"));
        var loops = new MqttLinkLoops(link, "test link", NullLogger.Instance);
        using var started = new CountdownEvent(2);
        var finished = 0;

        async Task Loop(CancellationToken stopping)
        {
            started.Signal();
            try
            {
                await Task.Delay(Timeout.Infinite, stopping);
            }
            finally
            {
                Interlocked.Increment(ref finished);
            }
        }

        loops.Start(Loop, Loop);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "both loops started");
        await Eventually.UntilAsync(() => link.IsConnected, "the link connected in the background");

        Assert.True(await loops.StopAsync());

        Assert.Equal(2, finished);
        Assert.False(link.IsConnected);
        Assert.False(await loops.StopAsync());
    }

    [Fact]
    public async Task StopAsync_BrokerNeverAnswered_StillStopsPromptly()
    {
        var link = new MqttLink(LinkPeer.Link(FreePort.Next(), "nobody-home"));
        var loops = new MqttLinkLoops(link, "test link", NullLogger.Instance);
        loops.Start(stopping => Task.Delay(Timeout.Infinite, stopping));

        var stopped = await loops.StopAsync().WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(stopped);
    }
}
