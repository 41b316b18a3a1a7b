using EdgeQueue.Mqtt.Link;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Central;

/// <summary>The hub's MQTT link to the central broker: its own login, TLS with the city's CA when mqtts://.</summary>
internal static class CentralClientFactory
{
    public static MqttLink Create(CentralLinkSettings settings, string siteId, TimeProvider networkTime, ILogger log) =>
        new(MqttLinkOptions.ForUrl(settings.Url, settings.ClientId ?? $"hub-{siteId}", settings.CaFile) with
        {
            CleanSession = true,
            Username = settings.Username,
            Password = settings.Password,
            KeepAlive = TimeSpan.FromSeconds(15),
            ReconnectMinDelay = TimeSpan.FromMilliseconds(200),
            ReconnectMaxDelay = TimeSpan.FromSeconds(2),
            MaxInFlight = 16,
            TimeProvider = networkTime,
        }, log);
}
