using System.Net;
using EdgeQueue.Hub.Site;

namespace EdgeQueue.Hub.Provisioning;

/// <summary>Where a board finds the hall: the Wi-Fi it joins and the site broker it logs in to.</summary>
public sealed record BoardNetwork(string WifiSsid, string WifiPassword, string MqttHost, int MqttPort)
{
    /// <summary>
    /// The technician's values, the broker's from the site file where not given: the external
    /// broker's URL, or the embedded broker's port and its bind address when that is one address
    /// (on every address, 0.0.0.0, the board still needs to be told which one is the hub's).
    /// </summary>
    public static BoardNetwork For(SiteDefinition site, string? wifiSsid, string? wifiPassword, string? mqttHost)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (string.IsNullOrWhiteSpace(wifiSsid))
        {
            throw new ProvisioningException("the board needs the hall's Wi-Fi: --wifi-ssid NAME (and --wifi-password)");
        }

        var broker = site.Broker;
        var port = broker.Url is { } url ? (url.IsDefaultPort || url.Port <= 0 ? 1883 : url.Port) : broker.Port;
        var host = string.IsNullOrWhiteSpace(mqttHost) ? SuggestedHost(broker) : mqttHost.Trim();
        if (host is null)
        {
            throw new ProvisioningException(
                $"give the hub's address in the hall's network: --mqtt-host ADDRESS (the broker listens on every address, broker.bind {broker.Bind})");
        }

        if (port is < 1 or > 65535)
        {
            throw new ProvisioningException($"the site's broker port {port} is not one a board can connect to; set broker.port");
        }

        return new BoardNetwork(wifiSsid, wifiPassword ?? string.Empty, host, port);
    }

    private static string? SuggestedHost(BrokerSettings broker)
    {
        if (broker.Url is { } url)
        {
            return url.Host;
        }

        return IPAddress.TryParse(broker.Bind, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            && !IPAddress.IsLoopback(address)
            ? broker.Bind
            : null;
    }
}
