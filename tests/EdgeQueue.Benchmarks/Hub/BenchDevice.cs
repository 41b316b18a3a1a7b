using System.Collections.Concurrent;
using System.Diagnostics;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Mqtt.Link;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>One simulated device: a real MQTT client with its own credentials that sends events and times the replies.</summary>
internal sealed class BenchDevice : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<DeviceReply>> _waiting = new();
    private readonly SiteTopics _topics;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;
    private long _sequence;

    private BenchDevice(MqttLink client, SiteTopics topics, DeviceId id)
    {
        Client = client;
        _topics = topics;
        Id = id;
        _reading = Task.Run(ReadAsync);
    }

    public MqttLink Client { get; }

    public DeviceId Id { get; }

    public static async Task<BenchDevice> ConnectAsync(int port, SiteTopics topics, string id, CancellationToken cancellation)
    {
        var client = new MqttLink(new MqttLinkOptions
        {
            Host = "127.0.0.1",
            Port = port,
            ClientId = id,
            Username = id,
            Password = BenchSite.Password(id),
            AutoReconnect = false,
        });
        await client.ConnectAsync(cancellation);
        var deviceId = DeviceId.Parse(id);
        await client.SubscribeAsync(topics.DeviceReply(deviceId), cancellation: cancellation);
        return new BenchDevice(client, topics, deviceId);
    }

    /// <summary>Sends an event and returns its reply and the round trip in Stopwatch ticks.</summary>
    public async Task<(DeviceReply Reply, long Started, long Answered)> SendAsync(string kind, string? category, CancellationToken cancellation)
    {
        var id = $"{Id}.b0.{Interlocked.Increment(ref _sequence)}";
        var waiter = new TaskCompletionSource<DeviceReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[id] = waiter;
        var started = Stopwatch.GetTimestamp();
        await Client.PublishAsync(_topics.DeviceEvent(Id), ContractJson.Serialize(new DeviceEvent(id, kind, Category: category)),
            cancellation: cancellation);
        var reply = await waiter.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellation);
        return (reply, started, Stopwatch.GetTimestamp());
    }

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
    }

    private async Task ReadAsync()
    {
        await foreach (var message in Client.Messages.ReadAllAsync(_stop.Token))
        {
            if (ContractJson.TryDeserialize<DeviceReply>(message.Payload.Span, out var reply, out _)
                && _waiting.TryRemove(reply.Re, out var waiter))
            {
                waiter.TrySetResult(reply);
            }
        }
    }
}
