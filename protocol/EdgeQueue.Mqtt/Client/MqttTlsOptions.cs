using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// How a TLS connection checks the broker and proves who the client is. By default the operating
/// system's trust store and the host name decide; a site CA can be trusted instead.
/// </summary>
public sealed record MqttTlsOptions
{
    /// <summary>Name the broker's certificate must carry; defaults to the host connected to.</summary>
    public string? TargetHost { get; init; }

    /// <summary>Trust only these CAs (e.g. the site's own CA) instead of the system store.</summary>
    public X509Certificate2Collection? TrustedCertificateAuthorities { get; init; }

    /// <summary>Last word on the broker's certificate, after the checks above (e.g. pinning).</summary>
    public RemoteCertificateValidationCallback? ServerCertificateValidation { get; init; }

    /// <summary>Sent when the broker asks for one (require_certificate); must hold its private key.</summary>
    public X509Certificate2? ClientCertificate { get; init; }

    /// <summary>None lets the operating system choose (TLS 1.2 or 1.3).</summary>
    public SslProtocols Protocols { get; init; } = SslProtocols.None;
}
