namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>
/// A TLS certificate: a PEM certificate with a PEM private key, or a PKCS#12 (.pfx/.p12) file with
/// an optional password. Relative paths are relative to the configuration file.
/// </summary>
internal sealed record TlsDocument
{
    public string? Certificate { get; init; }

    public string? PrivateKey { get; init; }

    public string? Password { get; init; }
}
