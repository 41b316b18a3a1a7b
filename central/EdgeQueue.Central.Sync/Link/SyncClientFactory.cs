using System.Security.Cryptography.X509Certificates;
using EdgeQueue.Mqtt.Client;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>Central's MQTT client for the central broker, from <see cref="CentralSyncOptions"/>.</summary>
internal static class SyncClientFactory
{
    public static MqttClient Create(CentralSyncOptions options, TimeProvider time)
    {
        if (!Uri.TryCreate(options.BrokerUrl, UriKind.Absolute, out var url) || url.Scheme is not ("mqtt" or "mqtts") || url.Host.Length == 0)
        {
            throw new InvalidOperationException($"Central:Sync:BrokerUrl: '{options.BrokerUrl}' must be mqtt://host[:port] or mqtts://host[:port]");
        }

        var tls = url.Scheme == "mqtts";
        var port = url.IsDefaultPort || url.Port <= 0 ? (tls ? 8883 : 1883) : url.Port;
        var password = options.PasswordEnv.Length > 0 ? Environment.GetEnvironmentVariable(options.PasswordEnv) : options.Password;
        IMqttTransportFactory transport = tls
            ? new TlsTransportFactory(url.Host, port, new MqttTlsOptions
            {
                TargetHost = url.Host,
                TrustedCertificateAuthorities = options.CaFile.Length > 0 ? LoadCa(options.CaFile) : null,
            })
            : new TcpTransportFactory(url.Host, port);
        return new MqttClient(new MqttClientOptions
        {
            Transport = transport,
            ClientId = options.ClientId,
            // A persistent session: a broker that keeps sessions queues the hubs' batches while central restarts.
            CleanSession = false,
            Username = options.Username.Length > 0 ? options.Username : null,
            Password = options.Username.Length > 0 && !string.IsNullOrEmpty(password) ? password : null,
            KeepAlive = TimeSpan.FromSeconds(15),
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(2),
            MessageBufferCapacity = 4096,
            TimeProvider = time,
        });
    }

    private static X509Certificate2Collection LoadCa(string file)
    {
        var collection = new X509Certificate2Collection();
        collection.ImportFromPemFile(file);
        return collection;
    }
}
