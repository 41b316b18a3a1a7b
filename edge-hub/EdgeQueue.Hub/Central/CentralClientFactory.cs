using EdgeQueue.Mqtt.Client;

namespace EdgeQueue.Hub.Central;

/// <summary>The hub's MQTT client for the central broker: its own login, TLS with the city's CA when mqtts://.</summary>
internal static class CentralClientFactory
{
    public static MqttClient Create(CentralLinkSettings settings, string siteId, TimeProvider networkTime)
    {
        return new MqttClient(new MqttClientOptions
        {
            Transport = MqttBrokerUrl.CreateTransport(settings.Url, settings.CaFile),
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
}
