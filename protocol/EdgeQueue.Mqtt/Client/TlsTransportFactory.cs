using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Client;

/// <summary>TCP (TCP_NODELAY) wrapped in <see cref="SslStream"/>.</summary>
public sealed class TlsTransportFactory : IMqttTransportFactory
{
    private readonly MqttTlsOptions _tls;

    public TlsTransportFactory(string host, int port, MqttTlsOptions tls)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        ArgumentNullException.ThrowIfNull(tls);
        ArgumentOutOfRangeException.ThrowIfLessThan(port, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, 65535);
        Host = host;
        Port = port;
        _tls = tls;
    }

    public string Host { get; }

    public int Port { get; }

    public string Endpoint => string.Create(CultureInfo.InvariantCulture, $"tls://{Host}:{Port}");

    public async ValueTask<Stream> ConnectAsync(CancellationToken cancellation)
    {
        var socket = await TcpTransportFactory.ConnectSocketAsync(Host, Port, cancellation);
        var ssl = new SslStream(new NetworkStream(socket, ownsSocket: true), leaveInnerStreamOpen: false);
        try
        {
            await ssl.AuthenticateAsClientAsync(BuildOptions(), cancellation);
            return ssl;
        }
        catch
        {
            await ssl.DisposeAsync();
            throw;
        }
    }

    private SslClientAuthenticationOptions BuildOptions()
    {
        var options = new SslClientAuthenticationOptions
        {
            TargetHost = _tls.TargetHost ?? Host,
            EnabledSslProtocols = _tls.Protocols,
            RemoteCertificateValidationCallback = _tls.ServerCertificateValidation,
        };

        if (_tls.TrustedCertificateAuthorities is { Count: > 0 } authorities)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,
                // A site CA publishes no revocation lists that a hall without internet could reach.
                RevocationMode = X509RevocationMode.NoCheck,
                DisableCertificateDownloads = true,
            };
            policy.CustomTrustStore.AddRange(authorities);
            options.CertificateChainPolicy = policy;
        }

        if (_tls.ClientCertificate is { } certificate)
        {
            options.ClientCertificates = [certificate];
        }

        return options;
    }
}
