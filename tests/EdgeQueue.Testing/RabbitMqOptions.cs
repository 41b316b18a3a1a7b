using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Testing;

/// <summary>
/// What a test's RabbitMQ node holds: its users (name → password), their permissions (the same on
/// every virtual host) and how many virtual hosts, each with its own MQTT port, so tests sharing one
/// node do not share sessions or retained messages.
/// </summary>
public sealed record RabbitMqOptions
{
    public IReadOnlyDictionary<string, string> Passwords { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<RabbitMqPermissions> Permissions { get; init; } = [];

    public int VirtualHosts { get; init; } = 1;
}
