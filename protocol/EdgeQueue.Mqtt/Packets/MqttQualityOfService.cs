namespace EdgeQueue.Mqtt.Packets;

/// <summary>Delivery guarantee of a message (§4.3).</summary>
public enum MqttQualityOfService : byte
{
    AtMostOnce = 0,
    AtLeastOnce = 1,
    ExactlyOnce = 2,
}
