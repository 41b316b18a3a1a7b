using EdgeQueue.Mqtt.Link;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// Which broker the site runs on. Embedded: the hub hosts it on <see cref="Port"/> and enforces the
/// device ACL itself. External: the hub is a client of <see cref="Url"/> and the broker enforces it.
/// </summary>
public sealed record BrokerSettings
{
    public required bool Embedded { get; init; }

    public int Port { get; init; }

    public string Bind { get; init; } = "0.0.0.0";

    public Uri? Url { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>PEM file of the CA trusted for an mqtts:// broker; null for the system's trust store.</summary>
    public string? CaFile { get; init; }

    public bool UseTls => Url is not null && MqttBrokerUrl.UsesTls(Url);

    public string Describe() => Embedded ? $"embedded broker on {Bind}:{Port}" : $"external broker {Url} as '{Username}'";
}
