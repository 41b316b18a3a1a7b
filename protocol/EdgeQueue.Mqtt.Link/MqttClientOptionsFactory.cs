using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;

namespace EdgeQueue.Mqtt.Link;

/// <summary>Translates <see cref="MqttLinkOptions"/> into MQTTnet's client options (MQTT 3.1.1, as the hall's devices speak).</summary>
internal static class MqttClientOptionsFactory
{
    public static MqttClientOptions Create(MqttLinkOptions options)
    {
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(options.Host, options.Port)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithClientId(options.ClientId)
            .WithCleanSession(options.CleanSession)
            .WithKeepAlivePeriod(options.KeepAlive)
            .WithTimeout(options.Timeout);
        if (options.KeepAlive == TimeSpan.Zero)
        {
            builder.WithNoKeepAlive();
        }

        if (options.Username is not null)
        {
            builder.WithCredentials(options.Username, options.Password);
        }

        if (options.Will is { } will)
        {
            builder.WithWillTopic(will.Topic)
                .WithWillPayload(will.Payload.ToArray())
                .WithWillQualityOfServiceLevel(will.QualityOfService)
                .WithWillRetain(will.Retain);
        }

        if (options.StreamProvider is { } provider)
        {
            builder.WithStreamProvider(provider);
        }

        if (options.Tls is { } tls)
        {
            builder.WithTlsOptions(t => ConfigureTls(t, tls, options.Host));
        }

        return builder.Build();
    }

    private static void ConfigureTls(MqttClientTlsOptionsBuilder builder, MqttLinkTls tls, string host)
    {
        builder.UseTls().WithTargetHost(tls.TargetHost ?? host);
        if (tls.TrustedCertificateAuthorities is { Count: > 0 } authorities)
        {
            // A city's own CA publishes no revocation lists a hall without internet could reach.
            builder.WithTrustChain(authorities).WithRevocationMode(X509RevocationMode.NoCheck);
        }

        if (tls.ClientCertificate is { } certificate)
        {
            builder.WithClientCertificates([certificate]);
        }

        builder.WithCertificateValidationHandler(e =>
            e.SslPolicyErrors == SslPolicyErrors.None && (tls.AcceptServerCertificate?.Invoke(e.Certificate) ?? true));
    }
}
