using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// A broker given as <c>mqtt://host[:port]</c> or <c>mqtts://host[:port]</c> (default ports 1883
/// and 8883), as site files and configuration name it.
/// </summary>
public static class MqttBrokerUrl
{
    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;

    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && parsed.Scheme is "mqtt" or "mqtts" && parsed.Host.Length > 0
            ? parsed
            : null;
        return url is not null;
    }

    public static bool UsesTls(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.Scheme == "mqtts";
    }

    public static int PortOf(Uri url) =>
        url.IsDefaultPort || url.Port <= 0 ? (UsesTls(url) ? DefaultTlsPort : DefaultPort) : url.Port;

    /// <summary>
    /// TLS settings for an <c>mqtts://</c> url: trusting the CA in a PEM file (a city's own CA), or
    /// the system's trust store when none is given. Null for <c>mqtt://</c>.
    /// </summary>
    public static MqttLinkTls? TlsFor(Uri url, string? caFile = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!UsesTls(url))
        {
            return null;
        }

        X509Certificate2Collection? authorities = null;
        if (!string.IsNullOrEmpty(caFile))
        {
            authorities = [];
            authorities.ImportFromPemFile(caFile);
        }

        return new MqttLinkTls { TargetHost = url.Host, TrustedCertificateAuthorities = authorities };
    }
}
