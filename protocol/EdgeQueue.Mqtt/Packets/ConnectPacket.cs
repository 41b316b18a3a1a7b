namespace EdgeQueue.Mqtt.Packets;

/// <summary>CONNECT (§3.1): always protocol name "MQTT", level 4.</summary>
public sealed record ConnectPacket : MqttPacket
{
    public const string ProtocolName = "MQTT";
    public const byte ProtocolLevel = 4;

    public override MqttPacketType Type => MqttPacketType.Connect;

    /// <summary>May be empty only with <see cref="CleanSession"/> (the broker then assigns one).</summary>
    public required string ClientId { get; init; }

    public bool CleanSession { get; init; } = true;

    /// <summary>Seconds; 0 turns keep-alive off.</summary>
    public ushort KeepAliveSeconds { get; init; }

    public string? Username { get; init; }

    /// <summary>Binary data (§3.1.3.5); present only together with a user name.</summary>
    public ReadOnlyMemory<byte>? Password { get; init; }

    public MqttWill? Will { get; init; }
}
