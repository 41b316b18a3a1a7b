namespace EdgeQueue.Hub.Site;

/// <summary>
/// <c>broker</c>: <c>"mode": "embedded"</c> (default) runs the project's broker inside the hub on
/// <see cref="Port"/>; <c>"mode": "external"</c> connects to <see cref="Url"/> (mqtt:// or mqtts://)
/// as <see cref="Username"/>, and the broker enforces the ACL (see <c>export-mosquitto</c>).
/// </summary>
public sealed class BrokerSection
{
    public string? Mode { get; set; }

    public int? Port { get; set; }

    public string? Bind { get; set; }

    public string? Url { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>With mqtts://: PEM file of the CA that signed the broker's certificate (a site's own CA); default the system's.</summary>
    public string? CaFile { get; set; }

    /// <summary>Read the hub's broker password from this environment variable instead of the file.</summary>
    public string? PasswordEnv { get; set; }
}
