using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// How a TLS link checks the broker and proves who the client is. By default the operating system's
/// trust store and the host name decide; a site CA can be trusted instead.
/// </summary>
public sealed record MqttLinkTls
{
    /// <summary>Name the broker's certificate must carry; defaults to the host connected to.</summary>
    public string? TargetHost { get; init; }

    /// <summary>Trust only these CAs (a city's own CA) instead of the system store; no revocation lists are fetched.</summary>
    public X509Certificate2Collection? TrustedCertificateAuthorities { get; init; }

    /// <summary>Last word on the broker's certificate after the chain check passed (e.g. pinning); null accepts.</summary>
    public Func<X509Certificate, bool>? AcceptServerCertificate { get; init; }

    /// <summary>Sent when the broker asks for one (Mosquitto's require_certificate); must hold its private key.</summary>
    public X509Certificate2? ClientCertificate { get; init; }
}
