using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Testing;

/// <summary>A throw-away CA made in the test, issuing a broker certificate for 127.0.0.1 and client certificates.</summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly DateTimeOffset _now = TimeProvider.System.GetUtcNow();

    public TestCertificateAuthority(string name)
    {
        var request = new CertificateRequest($"CN={name}", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Certificate = request.CreateSelfSigned(_now.AddDays(-1), _now.AddDays(30));
    }

    public X509Certificate2 Certificate { get; }

    public X509Certificate2 IssueServer(string commonName) =>
        Issue(commonName, new Oid("1.3.6.1.5.5.7.3.1"), san =>
        {
            san.AddIpAddress(IPAddress.Loopback);
            san.AddDnsName("localhost");
        });

    public X509Certificate2 IssueClient(string commonName) => Issue(commonName, new Oid("1.3.6.1.5.5.7.3.2"), null);

    /// <summary>
    /// Writes this CA and a broker certificate for 127.0.0.1 it signed as PEM files into
    /// <paramref name="folder"/>, ready for Mosquitto's TLS listener.
    /// </summary>
    public MosquittoTls WriteBrokerFiles(string folder, bool requireClientCertificate = false)
    {
        var tls = new MosquittoTls(Path.Combine(folder, "ca.pem"), Path.Combine(folder, "broker.pem"), Path.Combine(folder, "broker.key"),
            requireClientCertificate);
        WritePem(Certificate, tls.CaFile, keyFile: null);
        using var server = IssueServer("broker");
        WritePem(server, tls.CertificateFile, tls.KeyFile);
        return tls;
    }

    /// <summary>Writes the CA, a certificate and its key as PEM files for Mosquitto.</summary>
    public static void WritePem(X509Certificate2 certificate, string certificateFile, string? keyFile)
    {
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        if (keyFile is not null)
        {
            using var key = certificate.GetRSAPrivateKey()!;
            File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
        }
    }

    public void Dispose()
    {
        Certificate.Dispose();
        _key.Dispose();
    }

    private X509Certificate2 Issue(string commonName, Oid usage, Action<SubjectAlternativeNameBuilder>? names)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([usage], false));
        if (names is not null)
        {
            var san = new SubjectAlternativeNameBuilder();
            names(san);
            request.CertificateExtensions.Add(san.Build());
        }

        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(Certificate, _now.AddDays(-1), _now.AddDays(7), serial);
        return issued.CopyWithPrivateKey(key);
    }
}
