using System.Net;
using EdgeQueue.Central.Hosting;
using Microsoft.AspNetCore.HttpOverrides;

namespace EdgeQueue.Central.Security;

/// <summary>
/// Forwarded headers are believed only from the proxies named in <see cref="ForwardedHeadersSettings"/>.
/// ASP.NET's default trusts loopback, so anyone reaching central through a port forward or a local
/// process could rotate <c>X-Forwarded-For</c> and get a fresh rate-limit budget per request.
/// </summary>
public static class TrustedProxies
{
    /// <summary>The middleware's options, or null when no proxy is named (the headers are then never read).</summary>
    public static ForwardedHeadersOptions? Options(ForwardedHeadersSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.KnownProxies.Length == 0 && settings.KnownNetworks.Length == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new CentralConfigurationException($"Central:ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address"));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new CentralConfigurationException($"Central:ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR form (e.g. 10.20.0.0/24)"));
        }

        return options;
    }
}
