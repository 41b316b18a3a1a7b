using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>The connection a session currently sends through.</summary>
internal interface IPacketSender
{
    /// <summary>Queues a packet for writing, in order; never blocks.</summary>
    void Send(MqttPacket packet);

    /// <summary>
    /// Queues a QoS 0 PUBLISH unless the connection already has too many packets waiting to be
    /// written (a slow reader); false when it was dropped.
    /// </summary>
    bool TrySendDroppable(PublishPacket packet);
}
