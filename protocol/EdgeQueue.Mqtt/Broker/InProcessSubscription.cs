using System.Threading.Channels;
using EdgeQueue.Mqtt.Broker.Routing;
using EdgeQueue.Mqtt.Broker.Sessions;
using EdgeQueue.Mqtt.Packets;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Mqtt.Broker;

/// <summary>
/// An observer inside the broker's process: receives the messages its filter matches, in order, on
/// its own task, so a slow handler never holds up the client that published.
/// </summary>
internal sealed class InProcessSubscription : IMessageSink, IAsyncDisposable, IDisposable
{
    private readonly Channel<BrokerMessage> _messages =
        Channel.CreateUnbounded<BrokerMessage>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Func<BrokerMessage, CancellationToken, ValueTask> _handler;
    private readonly Action<InProcessSubscription> _unsubscribe;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    public InProcessSubscription(string topicFilter, Func<BrokerMessage, CancellationToken, ValueTask> handler,
        Action<InProcessSubscription> unsubscribe, ILogger logger)
    {
        TopicFilter = topicFilter;
        _handler = handler;
        _unsubscribe = unsubscribe;
        _logger = logger;
        _running = Task.Run(RunAsync);
    }

    public string TopicFilter { get; }

    /// <summary>Never full: the channel is unbounded, so nobody is held back by a slow handler (the host's own code).</summary>
    public void Deliver(BrokerMessage message, MqttQualityOfService qualityOfService, bool retainFlag, PublisherHold? hold) =>
        _messages.Writer.TryWrite(retainFlag == message.Retain ? message : message with { Retain = retainFlag });

    public async ValueTask DisposeAsync()
    {
        _unsubscribe(this);
        _messages.Writer.TryComplete();
        await _running;
        _stop.Dispose();
    }

    public void Dispose()
    {
        _unsubscribe(this);
        _messages.Writer.TryComplete();
        _stop.Cancel();
    }

    private async Task RunAsync()
    {
        try
        {
            await foreach (var message in _messages.Reader.ReadAllAsync(_stop.Token))
            {
                try
                {
                    await _handler(message, _stop.Token);
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // One failing message must not end the subscription.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    _logger.LogError(e, "In-process handler for '{Filter}' failed on a message to '{Topic}'", TopicFilter, message.Topic);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
