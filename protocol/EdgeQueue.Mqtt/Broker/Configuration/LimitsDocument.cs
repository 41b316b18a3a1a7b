namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>Optional overrides of <see cref="MqttBrokerLimits"/>.</summary>
internal sealed record LimitsDocument
{
    public int? MaxPacketSize { get; init; }

    public int? MaxInflightMessages { get; init; }

    public int? MaxQueuedMessages { get; init; }

    public int? MaxConnections { get; init; }

    public int? MaxPendingConnections { get; init; }

    public double? PublisherHoldTimeoutSeconds { get; init; }

    public double? ConnectTimeoutSeconds { get; init; }
}
