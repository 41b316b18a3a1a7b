using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>A self-signed CA made in the test and a broker certificate for 127.0.0.1 it signed, as PEM files.</summary>
internal sealed class TestCertificateAuthority : IDisposable
{
    private readonly RSA _caKey = RSA.Create(2048);
    private readonly RSA _serverKey = RSA.Create(2048);

    public TestCertificateAuthority(string folder)
    {
        var now = TimeProvider.System.GetUtcNow();
        var caRequest = new CertificateRequest("CN=EdgeQueue test city CA", _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        Authority = caRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        var request = new CertificateRequest("CN=central-broker", _serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var issued = request.Create(Authority, now.AddDays(-1), now.AddDays(7), RandomNumberGenerator.GetBytes(12));
        Server = issued.CopyWithPrivateKey(_serverKey);

        CaFile = Path.Combine(folder, "city-ca.pem");
        CertificateFile = Path.Combine(folder, "broker.pem");
        KeyFile = Path.Combine(folder, "broker.key");
        File.WriteAllText(CaFile, Authority.ExportCertificatePem());
        File.WriteAllText(CertificateFile, Server.ExportCertificatePem());
        File.WriteAllText(KeyFile, _serverKey.ExportPkcs8PrivateKeyPem());
    }

    public X509Certificate2 Authority { get; }

    /// <summary>The broker's certificate with its private key (for the project's broker).</summary>
    public X509Certificate2 Server { get; }

    public string CaFile { get; }

    public string CertificateFile { get; }

    public string KeyFile { get; }

    public void Dispose()
    {
        Server.Dispose();
        Authority.Dispose();
        _serverKey.Dispose();
        _caKey.Dispose();
    }
}
