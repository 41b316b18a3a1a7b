using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Client;

/// <summary>
/// A broker given as <c>mqtt://host[:port]</c> or <c>mqtts://host[:port]</c> (default ports 1883
/// and 8883), as site files and configuration name it, and the transport that reaches it: TCP, or
/// TLS trusting the CA in a PEM file (the system's trust store when none is given).
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

    public static IMqttTransportFactory CreateTransport(Uri url, string? caFile = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        var port = PortOf(url);
        return UsesTls(url)
            ? new TlsTransportFactory(url.Host, port, new MqttTlsOptions
            {
                TargetHost = url.Host,
                TrustedCertificateAuthorities = string.IsNullOrEmpty(caFile) ? null : LoadAuthorities(caFile),
            })
            : new TcpTransportFactory(url.Host, port);
    }

    private static X509Certificate2Collection LoadAuthorities(string caFile)
    {
        var authorities = new X509Certificate2Collection();
        authorities.ImportFromPemFile(caFile);
        return authorities;
    }
}
