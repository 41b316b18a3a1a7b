namespace EdgeQueue.Hub.Central;

/// <summary>
/// <c>central</c> in the site file: the city's central broker the hub syncs with. <c>url</c>
/// mqtt:// or mqtts://, the hub's own login on it (<c>username</c>, <c>password</c> or
/// <c>passwordEnv</c>), and for TLS with a private CA the CA's PEM file (<c>caFile</c>, relative to
/// the site file's folder). Absent: no central link, the hall runs alone.
/// </summary>
public sealed class CentralSection
{
    public string? Url { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string? PasswordEnv { get; set; }

    public string? CaFile { get; set; }

    /// <summary>MQTT client id on the central broker; default <c>hub-{site}</c>.</summary>
    public string? ClientId { get; set; }

    /// <summary>
    /// Central's public web address (e.g. <c>https://wizyty.poznan.pl</c>): with it the QR code on a
    /// ticket opens central's e-ticket page <c>/e/{site}/{ticket}</c>, fed by sync, instead of the
    /// hub's page that only the hall's Wi-Fi reaches.
    /// </summary>
    public string? PublicUrl { get; set; }
}
