using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// The firmware host's MQTT link with the simulator's wire tap around it: every message a device
/// sends or receives is written to the day's ledger, while the link itself is the production one.
/// </summary>
internal sealed class TappedMqttLink(string deviceId, MqttClientLink inner, IWireTap tap) : IMqttLink, IAsyncDisposable
{
    public bool IsConnected => inner.IsConnected;

    public bool Connect(MqttConnectOptions options) => inner.Connect(options);

    public bool Subscribe(string[] topics) => inner.Subscribe(topics);

    public bool Publish(string topic, byte[] payload, bool retain)
    {
        var handedOver = inner.Publish(topic, payload, retain);
        if (handedOver)
        {
            tap.Sent(deviceId, topic, payload);
        }

        return handedOver;
    }

    public MqttInbound? Receive()
    {
        var message = inner.Receive();
        if (message is not null)
        {
            tap.Received(deviceId, message.Topic, message.Payload);
        }

        return message;
    }

    public void Disconnect() => inner.Disconnect();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
