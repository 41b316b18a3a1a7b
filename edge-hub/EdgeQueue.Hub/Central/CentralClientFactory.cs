using System.Security.Cryptography.X509Certificates;
using EdgeQueue.Mqtt.Client;

namespace EdgeQueue.Hub.Central;

/// <summary>The hub's MQTT client for the central broker: its own login, TLS with the city's CA when mqtts://.</summary>
internal static class CentralClientFactory
{
    public static MqttClient Create(CentralLinkSettings settings, string siteId, TimeProvider networkTime)
    {
        IMqttTransportFactory transport = settings.UseTls
            ? new TlsTransportFactory(settings.Url.Host, settings.Port, new MqttTlsOptions
            {
                TargetHost = settings.Url.Host,
                TrustedCertificateAuthorities = settings.CaFile is { } ca ? LoadCa(ca) : null,
            })
            : new TcpTransportFactory(settings.Url.Host, settings.Port);
        return new MqttClient(new MqttClientOptions
        {
            Transport = transport,
            ClientId = settings.ClientId ?? $"hub-{siteId}",
            CleanSession = true,
            Username = settings.Username,
            Password = settings.Password,
            KeepAlive = TimeSpan.FromSeconds(15),
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(2),
            MaxInFlight = 16,
            TimeProvider = networkTime,
        });
    }

    private static X509Certificate2Collection LoadCa(string file)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(file);
        return collection;
    }
}
