using System.Threading.Channels;
using EdgeQueue.Hub.Gateway;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// The site broker reduced to its seam for the gateway's unit tests: a device's message is handed to
/// the subscribed handler as the broker would deliver it, and what the hub publishes is recorded.
/// The end-to-end scenarios run the same gateway over the real embedded broker and Mosquitto.
/// </summary>
internal sealed class MemorySiteBus : ISiteBus
{
    private readonly List<(string Filter, Func<SiteMessage, CancellationToken, ValueTask> Handler)> _subscriptions = [];
    private readonly Channel<SiteMessage> _published = Channel.CreateUnbounded<SiteMessage>();

    /// <summary>An in-memory bus never loses its connection.</summary>
    public event Action? Reconnected
    {
        add { }
        remove { }
    }

    public string Description => "in-memory site bus (tests)";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken)
    {
        _published.Writer.TryWrite(new SiteMessage(topic, payload.ToArray(), retain));
        return ValueTask.CompletedTask;
    }

    public Task<IAsyncDisposable> SubscribeAsync(string topicFilter, Func<SiteMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken)
    {
        lock (_subscriptions)
        {
            _subscriptions.Add((topicFilter, handler));
        }

        return Task.FromResult<IAsyncDisposable>(new Unsubscribe(() =>
        {
            lock (_subscriptions)
            {
                _subscriptions.RemoveAll(s => s.Handler == handler);
            }
        }));
    }

    /// <summary>A device's PUBLISH arriving at the broker.</summary>
    public async Task DeliverAsync(string topic, byte[] payload)
    {
        List<Func<SiteMessage, CancellationToken, ValueTask>> handlers;
        lock (_subscriptions)
        {
            handlers = [.. _subscriptions.Where(s => TopicMatcher.Matches(s.Filter, topic)).Select(s => s.Handler)];
        }

        foreach (var handler in handlers)
        {
            await handler(new SiteMessage(topic, payload, Retain: false), CancellationToken.None);
        }
    }

    /// <summary>The next message the hub published on <paramref name="topic"/> (others are skipped).</summary>
    public async Task<SiteMessage> NextAsync(string topic)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            var message = await _published.Reader.ReadAsync(timeout.Token);
            if (message.Topic == topic)
            {
                return message;
            }
        }
    }

    public Task StopAsync(ReadOnlyMemory<byte> offlineState, CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed class Unsubscribe(Action action) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            action();
            return ValueTask.CompletedTask;
        }
    }
}
