using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>A self-signed server certificate for 127.0.0.1 and localhost, made in the test, for the broker's TLS listener.</summary>
internal static class SelfSignedCertificate
{
    /// <summary>The certificate with its private key; valid from yesterday to tomorrow.</summary>
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, false, 0, critical: true));
        var now = TimeProvider.System.GetUtcNow();
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }

    /// <summary>Writes the certificate and its key as PEM files (for the broker's configuration file and mosquitto_sub --cafile).</summary>
    public static void WritePem(X509Certificate2 certificate, string certificateFile, string keyFile)
    {
        File.WriteAllText(certificateFile, certificate.ExportCertificatePem());
        using var key = certificate.GetRSAPrivateKey()!;
        File.WriteAllText(keyFile, key.ExportPkcs8PrivateKeyPem());
    }
}
