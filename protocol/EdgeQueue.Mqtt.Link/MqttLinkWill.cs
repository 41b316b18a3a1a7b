using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>The message the broker publishes when the link ends without a DISCONNECT.</summary>
public sealed record MqttLinkWill(string Topic, ReadOnlyMemory<byte> Payload, bool Retain = true,
    MqttQualityOfServiceLevel QualityOfService = MqttQualityOfServiceLevel.AtLeastOnce);
