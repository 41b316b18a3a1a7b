using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;
using EdgeQueue.Testing;

namespace EdgeQueue.Mqtt.Tests.Client;

/// <summary>The client over TLS (SslStream) to Mosquitto's TLS listener, with a CA made in the test.</summary>
public sealed class MqttClientTlsTests : IDisposable
{
    private readonly TempDirectory _folder = new("mqtt-tls");
    private readonly TestCertificateAuthority _ca = new("EdgeQueue Test CA");

    public void Dispose()
    {
        _ca.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task ConnectAsync_TrustedSiteCa_RoundTripsOverTls()
    {
        await using var mosquitto = await StartTlsMosquittoAsync(requireClientCertificate: false);
        await using var client = await MosquittoPeer.ConnectAsync(TlsClient(mosquitto, "tls-1", new MqttTlsOptions { TrustedCertificateAuthorities = [_ca.Certificate] }));

        await client.SubscribeAsync("secure/#", MqttQualityOfService.AtLeastOnce).WithinPatience();
        await client.PublishAsync("secure/sync", "batch-1", MqttQualityOfService.ExactlyOnce).WithinPatience();

        Assert.Equal("batch-1", Encoding.UTF8.GetString((await client.NextMessageAsync()).Payload.Span));
    }

    [Fact]
    public async Task ConnectAsync_UntrustedBrokerCertificate_ThrowsAuthenticationException()
    {
        await using var mosquitto = await StartTlsMosquittoAsync(requireClientCertificate: false);
        using var otherCa = new TestCertificateAuthority("Some Other CA");
        await using var client = new MqttClient(TlsClient(mosquitto, "tls-2", new MqttTlsOptions { TrustedCertificateAuthorities = [otherCa.Certificate] }));

        await Assert.ThrowsAsync<AuthenticationException>(() => client.ConnectAsync());
    }

    [Fact]
    public async Task ConnectAsync_ValidationCallbackRefuses_ThrowsAuthenticationException()
    {
        await using var mosquitto = await StartTlsMosquittoAsync(requireClientCertificate: false);
        string? seenSubject = null;
        var tls = new MqttTlsOptions
        {
            TrustedCertificateAuthorities = [_ca.Certificate],
            ServerCertificateValidation = (_, certificate, _, _) =>
            {
                seenSubject = certificate?.Subject;
                return false;
            },
        };
        await using var client = new MqttClient(TlsClient(mosquitto, "tls-3", tls));

        await Assert.ThrowsAsync<AuthenticationException>(() => client.ConnectAsync());
        Assert.Equal("CN=mosquitto-test", seenSubject);
    }

    [Fact]
    public async Task ConnectAsync_BrokerRequiresClientCertificate_ConnectsWithOne()
    {
        await using var mosquitto = await StartTlsMosquittoAsync(requireClientCertificate: true);
        using var clientCertificate = _ca.IssueClient("hub-s1");

        await using var client = await MosquittoPeer.ConnectAsync(TlsClient(mosquitto, "tls-4",
            new MqttTlsOptions { TrustedCertificateAuthorities = [_ca.Certificate], ClientCertificate = clientCertificate }));

        Assert.True(client.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_BrokerRequiresClientCertificateNoneGiven_Fails()
    {
        await using var mosquitto = await StartTlsMosquittoAsync(requireClientCertificate: true);
        await using var client = new MqttClient(TlsClient(mosquitto, "tls-5", new MqttTlsOptions { TrustedCertificateAuthorities = [_ca.Certificate] }));

        // TLS 1.3 reports the refusal after the handshake: as a failed handshake or a closed link.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync());
        Assert.True(error is AuthenticationException or IOException or MqttConnectionLostException, error.ToString());
        Assert.False(client.IsConnected);
    }

    private static MqttClientOptions TlsClient(MosquittoRunner mosquitto, string clientId, MqttTlsOptions tls) =>
        MosquittoPeer.Client(mosquitto.TlsPort!.Value, clientId) with
        {
            Transport = new TlsTransportFactory("127.0.0.1", mosquitto.TlsPort!.Value, tls),
            AutoReconnect = false,
        };

    private Task<MosquittoRunner> StartTlsMosquittoAsync(bool requireClientCertificate)
    {
        using var server = _ca.IssueServer("mosquitto-test");
        var caFile = _folder.File("ca.pem");
        var certFile = _folder.File("server.pem");
        var keyFile = _folder.File("server.key");
        TestCertificateAuthority.WritePem(_ca.Certificate, caFile, null);
        TestCertificateAuthority.WritePem(server, certFile, keyFile);
        return MosquittoPeer.StartAsync(new MosquittoTls(caFile, certFile, keyFile, requireClientCertificate));
    }
}
