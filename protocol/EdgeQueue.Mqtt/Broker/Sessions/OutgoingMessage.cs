using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>A QoS 1 or 2 message on its way to one client: queued, or in flight under a packet id.</summary>
internal sealed class OutgoingMessage(BrokerMessage message, MqttQualityOfService qualityOfService, bool retainFlag)
{
    public BrokerMessage Message { get; } = message;

    public MqttQualityOfService QualityOfService { get; } = qualityOfService;

    public bool RetainFlag { get; } = retainFlag;

    public ushort PacketId { get; set; }

    public OutgoingMessageState State { get; set; }

    public PublishPacket ToPublish(bool duplicate) => new()
    {
        Topic = Message.Topic,
        Payload = Message.Payload,
        QualityOfService = QualityOfService,
        Retain = RetainFlag,
        PacketId = PacketId,
        Duplicate = duplicate,
    };
}
