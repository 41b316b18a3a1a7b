using EdgeQueue.Mqtt.Broker.Sessions;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Routing;

/// <summary>Something the router delivers to: a client session or an in-process observer.</summary>
internal interface IMessageSink
{
    /// <param name="message">The shared message.</param>
    /// <param name="qualityOfService">The QoS to deliver with (already lowered to the granted one).</param>
    /// <param name="retainFlag">True only when sent because of a new subscription to a retained message.</param>
    /// <param name="hold">
    /// The network publisher's back-pressure, when it can wait for room (its read loop); null for
    /// in-process publishes and wills, which cannot be held back.
    /// </param>
    void Deliver(BrokerMessage message, MqttQualityOfService qualityOfService, bool retainFlag, PublisherHold? hold);
}
