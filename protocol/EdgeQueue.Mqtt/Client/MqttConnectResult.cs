namespace EdgeQueue.Mqtt.Client;

/// <summary>The outcome of a successful connect.</summary>
public sealed record MqttConnectResult(bool SessionPresent);
