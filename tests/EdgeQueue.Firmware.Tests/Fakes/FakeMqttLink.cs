using System.Text;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>
/// The MQTT link at the core's lowest seam: records connects, subscriptions and publishes; the test
/// delivers hub messages with <see cref="Deliver"/> and breaks the connection with <see cref="Drop"/>.
/// </summary>
public sealed class FakeMqttLink : IMqttLink
{
    private readonly Queue<MqttInbound> _inbound = new();

    public bool IsConnected { get; private set; }

    /// <summary>Whether the broker accepts the next connects.</summary>
    public bool BrokerUp { get; set; } = true;

    public List<MqttConnectOptions> Connects { get; } = [];

    public List<string[]> Subscriptions { get; } = [];

    public List<PublishedMessage> Published { get; } = [];

    public int Disconnects { get; private set; }

    /// <summary>While set and not signalled, a connect hangs, as one waiting for a CONNACK that does not come.</summary>
    public ManualResetEventSlim? HoldConnects { get; set; }

    public bool Connect(MqttConnectOptions options)
    {
        HoldConnects?.Wait();
        Connects.Add(options);
        IsConnected = BrokerUp;
        return IsConnected;
    }

    public bool Subscribe(string[] topics)
    {
        if (!IsConnected)
        {
            return false;
        }

        Subscriptions.Add(topics);
        return true;
    }

    public bool Publish(string topic, byte[] payload, bool retain)
    {
        if (!IsConnected)
        {
            return false;
        }

        Published.Add(new PublishedMessage(topic, payload, retain));
        return true;
    }

    public MqttInbound? Receive() => _inbound.Count == 0 ? null : _inbound.Dequeue();

    public void Disconnect()
    {
        Disconnects++;
        IsConnected = false;
    }

    public void Deliver(string topic, string json) => _inbound.Enqueue(new MqttInbound(topic, Encoding.UTF8.GetBytes(json)));

    /// <summary>The connection breaks (the broker would now publish the will).</summary>
    public void Drop() => IsConnected = false;

    public IEnumerable<PublishedMessage> On(string topic) => Published.Where(m => m.Topic == topic);
}
