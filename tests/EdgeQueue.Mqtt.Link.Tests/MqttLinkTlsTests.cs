using System.Security.Authentication;
using EdgeQueue.Mqtt.Link.Tests.Support;
using EdgeQueue.Testing;
using MQTTnet.Exceptions;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link.Tests;

/// <summary>The link over TLS to Mosquitto's TLS listener, with a CA made in the test (as a city's own CA).</summary>
public sealed class MqttLinkTlsTests : IDisposable
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
        await using var mosquitto = await LinkPeer.StartAsync(_ca.WriteBrokerFiles(_folder.Path));
        await using var link = await LinkPeer.ConnectAsync(TlsLink(mosquitto, "tls-1", new MqttLinkTls { TrustedCertificateAuthorities = [_ca.Certificate] }));

        await link.SubscribeAsync("secure/#").WithinPatience();
        await link.PublishAsync("secure/sync", "batch-1", MqttQualityOfServiceLevel.ExactlyOnce).WithinPatience();

        Assert.Equal("batch-1", (await link.NextMessageAsync()).Text());
    }

    [Fact]
    public async Task ConnectAsync_CaFromPemFileThroughUrl_RoundTripsOverTls()
    {
        var files = _ca.WriteBrokerFiles(_folder.Path);
        await using var mosquitto = await LinkPeer.StartAsync(files);
        Assert.True(MqttBrokerUrl.TryParse($"mqtts://127.0.0.1:{mosquitto.TlsPort}", out var url));
        var options = MqttLinkOptions.ForUrl(url, "tls-url", files.CaFile) with { Username = LinkPeer.Admin.Name, Password = LinkPeer.Admin.Password };

        await using var link = await LinkPeer.ConnectAsync(options);

        Assert.True(link.IsConnected);
        Assert.Equal($"mqtts://127.0.0.1:{mosquitto.TlsPort}", options.Endpoint);
    }

    [Fact]
    public async Task ConnectAsync_UntrustedBrokerCertificate_FailsWithAuthenticationError()
    {
        await using var mosquitto = await LinkPeer.StartAsync(_ca.WriteBrokerFiles(_folder.Path));
        using var otherCa = new TestCertificateAuthority("Some Other CA");
        await using var link = new MqttLink(TlsLink(mosquitto, "tls-2", new MqttLinkTls { TrustedCertificateAuthorities = [otherCa.Certificate] }));

        var error = await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => link.ConnectAsync());

        Assert.IsType<AuthenticationException>(error.GetBaseException(), exactMatch: false);
        Assert.False(link.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_CertificateCheckRefuses_FailsWithAuthenticationError()
    {
        await using var mosquitto = await LinkPeer.StartAsync(_ca.WriteBrokerFiles(_folder.Path));
        string? seenSubject = null;
        var tls = new MqttLinkTls
        {
            TrustedCertificateAuthorities = [_ca.Certificate],
            AcceptServerCertificate = certificate =>
            {
                seenSubject = certificate.Subject;
                return false;
            },
        };
        await using var link = new MqttLink(TlsLink(mosquitto, "tls-3", tls));

        var error = await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => link.ConnectAsync());

        Assert.IsType<AuthenticationException>(error.GetBaseException(), exactMatch: false);
        Assert.Equal("CN=broker", seenSubject);
    }

    [Fact]
    public async Task ConnectAsync_BrokerRequiresClientCertificate_ConnectsWithOne()
    {
        await using var mosquitto = await LinkPeer.StartAsync(_ca.WriteBrokerFiles(_folder.Path, requireClientCertificate: true));
        using var clientCertificate = _ca.IssueClient("hub-s1");

        await using var link = await LinkPeer.ConnectAsync(TlsLink(mosquitto, "tls-4",
            new MqttLinkTls { TrustedCertificateAuthorities = [_ca.Certificate], ClientCertificate = clientCertificate }));

        Assert.True(link.IsConnected);
    }

    [Fact]
    public async Task ConnectAsync_BrokerRequiresClientCertificateNoneGiven_Fails()
    {
        await using var mosquitto = await LinkPeer.StartAsync(_ca.WriteBrokerFiles(_folder.Path, requireClientCertificate: true));
        await using var link = new MqttLink(TlsLink(mosquitto, "tls-5", new MqttLinkTls { TrustedCertificateAuthorities = [_ca.Certificate] }));

        // TLS 1.3 reports the refusal after the handshake: as a failed handshake or a closed link.
        await Assert.ThrowsAnyAsync<MqttCommunicationException>(() => link.ConnectAsync());
        Assert.False(link.IsConnected);
    }

    private static MqttLinkOptions TlsLink(MosquittoRunner mosquitto, string clientId, MqttLinkTls tls) =>
        LinkPeer.Link(mosquitto.TlsPort!.Value, clientId) with { Tls = tls };
}
