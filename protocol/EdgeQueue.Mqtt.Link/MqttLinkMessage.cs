using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>A message received from the broker.</summary>
/// <param name="Retain">The broker sent it from its retained store because of a new subscription.</param>
public sealed record MqttLinkMessage(string Topic, ReadOnlyMemory<byte> Payload, MqttQualityOfServiceLevel QualityOfService, bool Retain);
