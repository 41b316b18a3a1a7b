using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>However a connection ends, it ends: its client id is free again and the broker can stop.</summary>
public sealed class ConnectionCloseTests
{
    [Fact]
    public async Task Takeover_PreviousConnectionResetWhileTheBrokerStillWrites_NewConnectionAcceptedAndBrokerStops()
    {
        var broker = await TestBroker.StartAsync();
        var victim = await RawMqttClient.ConnectAsync(broker.Port, "hub-s1");
        await victim.SubscribeAsync("flood/#", MqttQualityOfService.AtMostOnce);
        await using var publisher = await RawMqttClient.ConnectAsync(broker.Port, "flooder");
        var payload = new byte[16 * 1024];

        // The victim reads nothing: the broker's writes to it back up until its socket buffers are full.
        for (var i = 0; i < 1_000; i++)
        {
            await publisher.SendAsync(new PublishPacket { Topic = "flood/x", Payload = payload, QualityOfService = MqttQualityOfService.AtMostOnce });
        }

        await Task.Delay(300);
        victim.Reset();
        await victim.DisposeAsync();

        // Before the fix the reset's "broken pipe" escaped the close, the old connection kept the
        // client id, and this CONNECT (and the broker's stop) waited for it forever.
        var connecting = RawMqttClient.ConnectAsync(broker.Port, "hub-s1");
        await using var again = await connecting.WaitAsync(RawMqttClient.Patience);
        await broker.DisposeAsync().AsTask().WaitAsync(RawMqttClient.Patience);
    }
}
