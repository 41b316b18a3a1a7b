using EdgeQueue.Mqtt.Link;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Sync.Link;

/// <summary>Central's MQTT link to the central broker, from <see cref="CentralSyncOptions"/>.</summary>
internal static class SyncClientFactory
{
    public static MqttLink Create(CentralSyncOptions options, TimeProvider time, ILogger log)
    {
        if (!MqttBrokerUrl.TryParse(options.BrokerUrl, out var url))
        {
            throw new InvalidOperationException($"Central:Sync:BrokerUrl: '{options.BrokerUrl}' must be mqtt://host[:port] or mqtts://host[:port]");
        }

        var password = options.PasswordEnv.Length > 0 ? Environment.GetEnvironmentVariable(options.PasswordEnv) : options.Password;
        return new MqttLink(MqttLinkOptions.ForUrl(url, options.ClientId, options.CaFile) with
        {
            // A persistent session: a broker that keeps sessions queues the hubs' batches while central restarts.
            CleanSession = false,
            Username = options.Username.Length > 0 ? options.Username : null,
            Password = options.Username.Length > 0 && !string.IsNullOrEmpty(password) ? password : null,
            KeepAlive = TimeSpan.FromSeconds(15),
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(2),
            MessageBufferCapacity = 4096,
            TimeProvider = time,
        }, log);
    }
}
