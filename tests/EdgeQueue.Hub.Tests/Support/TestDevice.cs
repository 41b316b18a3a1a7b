using System.Collections.Concurrent;
using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// A device as the hub sees it on the wire: a real MQTT client logged in with the device's id and
/// password, subscribed to its own reply, config and show topics and to hall/calls.
/// </summary>
internal sealed class TestDevice : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private readonly ConcurrentQueue<MqttApplicationMessage> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;
    private int _sequence;

    private TestDevice(MqttClient client, SiteTopics topics, DeviceId id)
    {
        Client = client;
        Topics = topics;
        Id = id;
        _reading = Task.Run(ReadAsync);
    }

    public MqttClient Client { get; }

    public SiteTopics Topics { get; }

    public DeviceId Id { get; }

    /// <summary>A boot id of this connection, so event ids never repeat across test devices.</summary>
    public string Boot { get; } = Random.Shared.Next(0x1000, 0xffff).ToString("x4", System.Globalization.CultureInfo.InvariantCulture);

    public static MqttClient CreateClient(string host, int port, string user, string password, MqttWill? will = null) =>
        new(new MqttClientOptions
        {
            Transport = new TcpTransportFactory(host, port),
            ClientId = user,
            Username = user,
            Password = password,
            AutoReconnect = false,
            Will = will,
        });

    public static async Task<TestDevice> ConnectAsync(
        string host, int port, SiteTopics topics, string deviceId, string password, bool subscribe = true)
    {
        var id = DeviceId.Parse(deviceId);
        var client = CreateClient(host, port, deviceId, password, new MqttWill
        {
            Topic = topics.DeviceState(id),
            Payload = Encoding.UTF8.GetBytes("{\"online\":false}"),
            QualityOfService = MqttQualityOfService.AtLeastOnce,
            Retain = true,
        });
        using var timeout = new CancellationTokenSource(Timeout);
        await client.ConnectAsync(timeout.Token);
        var device = new TestDevice(client, topics, id);
        if (subscribe)
        {
            foreach (var topic in new[] { topics.DeviceReply(id), topics.DeviceConfig(id), topics.DeviceShow(id), topics.HallCalls })
            {
                var granted = await client.SubscribeAsync(topic, MqttQualityOfService.AtLeastOnce, timeout.Token);
                if (granted == SubscribeReturnCode.Failure)
                {
                    throw new InvalidOperationException($"{deviceId} may not subscribe to {topic}");
                }
            }
        }

        return device;
    }

    public string NextEventId() => $"{Id}.{Boot}.{Interlocked.Increment(ref _sequence)}";

    public Task PublishRawAsync(string topic, string payload) =>
        Client.PublishAsync(topic, Encoding.UTF8.GetBytes(payload), MqttQualityOfService.AtLeastOnce);

    /// <summary>Publishes an event and waits for the reply to it.</summary>
    public async Task<DeviceReply> SendAsync(DeviceEvent message)
    {
        var earlier = _received.Count;
        await Client.PublishAsync(Topics.DeviceEvent(Id), ContractJson.Serialize(message), MqttQualityOfService.AtLeastOnce);
        return await ReplyToAsync(message.Id, earlier);
    }

    /// <summary>The reply to <paramref name="eventId"/> among the messages after the first <paramref name="after"/> received.</summary>
    public async Task<DeviceReply> ReplyToAsync(string eventId, int after = 0)
    {
        var message = await WaitForAsync(Topics.DeviceReply(Id),
            m => ContractJson.TryDeserialize<DeviceReply>(m.Payload.Span, out var r, out _) && r.Re == eventId, after: after);
        return ContractJson.Deserialize<DeviceReply>(message.Payload.Span);
    }

    public Task PublishStateAsync(DeviceState state) =>
        Client.PublishAsync(Topics.DeviceState(Id), ContractJson.Serialize(state), MqttQualityOfService.AtLeastOnce, retain: true);

    /// <summary>Waits for a message on <paramref name="topic"/> that satisfies <paramref name="match"/> (already received ones count).</summary>
    public async Task<MqttApplicationMessage> WaitForAsync(
        string topic, Func<MqttApplicationMessage, bool>? match = null, TimeSpan? timeout = null, int after = 0)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Timeout);
        var seen = after;
        while (true)
        {
            var snapshot = _received.ToArray();
            for (var i = seen; i < snapshot.Length; i++)
            {
                if (snapshot[i].Topic == topic && (match is null || match(snapshot[i])))
                {
                    return snapshot[i];
                }
            }

            seen = snapshot.Length;
            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"{Id} got no matching message on {topic}; received: {string.Join("; ", _received.Select(m => $"{m.Topic} {Encoding.UTF8.GetString(m.Payload.Span)}"))}");
            }
        }
    }

    public IReadOnlyList<MqttApplicationMessage> Received(string topic) => [.. _received.Where(m => m.Topic == topic)];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Client.DisposeAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _arrived.Dispose();
    }

    private async Task ReadAsync()
    {
        await foreach (var message in Client.Messages.ReadAllAsync(_stop.Token))
        {
            _received.Enqueue(message);
            _arrived.Release();
        }
    }
}
