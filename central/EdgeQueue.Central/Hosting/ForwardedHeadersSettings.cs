namespace EdgeQueue.Central.Hosting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> central believes
/// (section <c>Central:ForwardedHeaders</c>). None by default: then the headers are ignored from
/// everyone, loopback included, and rate limits count the address the connection comes from.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the proxies, e.g. <c>127.0.0.1</c> for nginx on the same machine.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies in CIDR form, e.g. <c>10.20.0.0/24</c> for a load-balancer pool.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
