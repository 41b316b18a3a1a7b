namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>A listener entry: where to listen and, for TLS, which certificate to present.</summary>
internal sealed record ListenerDocument
{
    public int? Port { get; init; }

    public string? Bind { get; init; }

    public TlsDocument? Tls { get; init; }
}
