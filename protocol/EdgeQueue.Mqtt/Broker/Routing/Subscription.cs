namespace EdgeQueue.Mqtt.Broker.Routing;

/// <summary>One subscriber's match for a topic, with the QoS granted to its filter.</summary>
public readonly record struct Subscription<TSubscriber>(TSubscriber Subscriber, byte Qos)
    where TSubscriber : class;
