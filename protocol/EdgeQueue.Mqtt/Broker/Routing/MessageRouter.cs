using EdgeQueue.Mqtt.Broker.Sessions;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Routing;

/// <summary>
/// Delivers each published message to every matching subscription, once per subscriber, at the
/// lower of the published and the granted QoS, and keeps retained messages.
/// </summary>
internal sealed class MessageRouter
{
    [ThreadStatic]
    private static List<Subscription<IMessageSink>>? t_matches;

    public SubscriptionTree<IMessageSink> Subscriptions { get; } = new();

    public RetainedMessageStore Retained { get; } = new();

    /// <param name="message">The message.</param>
    /// <param name="hold">The network publisher's back-pressure (see <see cref="IMessageSink.Deliver"/>); null in-process.</param>
    public void Publish(BrokerMessage message, PublisherHold? hold = null)
    {
        if (message.Retain)
        {
            Retained.Set(message);
        }

        // A sink may publish again on this thread (an in-process observer does not, but a will
        // during delivery could): take the cached list only when nobody else on the thread holds it.
        var matches = t_matches ?? [];
        t_matches = null;
        try
        {
            Subscriptions.Match(message.Topic, matches);
            foreach (var match in matches)
            {
                var qos = (MqttQualityOfService)Math.Min((byte)message.QualityOfService, match.Qos);
                match.Subscriber.Deliver(message, qos, retainFlag: false, hold);
            }
        }
        finally
        {
            matches.Clear();
            t_matches = matches;
        }
    }

    /// <summary>Adds or replaces a subscription; retained messages follow through <see cref="SendRetained"/> after the SUBACK.</summary>
    public void Subscribe(IMessageSink sink, string topicFilter, MqttQualityOfService granted)
    {
        Subscriptions.Add(sink, topicFilter, (byte)granted);
    }

    /// <summary>Delivers the retained messages a new subscription matches, with the RETAIN flag set.</summary>
    /// <param name="sink">The new subscriber.</param>
    /// <param name="topicFilter">Its filter.</param>
    /// <param name="granted">Its granted QoS.</param>
    /// <param name="hold">The subscribing client's own hold: lets its queue take them all beyond the limit without waiting.</param>
    public void SendRetained(IMessageSink sink, string topicFilter, MqttQualityOfService granted, PublisherHold? hold = null)
    {
        foreach (var retained in Retained.Match(topicFilter))
        {
            var qos = (MqttQualityOfService)Math.Min((byte)retained.QualityOfService, (byte)granted);
            sink.Deliver(retained, qos, retainFlag: true, hold);
        }
    }

    public void Unsubscribe(IMessageSink sink, string topicFilter) => Subscriptions.Remove(sink, topicFilter);
}
