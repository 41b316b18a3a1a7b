namespace EdgeQueue.Central.Hosting;

/// <summary>The web host's own settings, section "Central" of the configuration.</summary>
public sealed class CentralSettings
{
    public const string SectionName = "Central";

    /// <summary>Folder for the database, keys, mail pickup folder. Set by <c>--data</c>.</summary>
    public string DataDirectory { get; set; } = "";

    /// <summary>
    /// The address residents reach the site at (e.g. "https://rezerwacje.um.example.pl"), used in QR
    /// stickers and e-mails; empty means the address of the request being served.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Log-in attempts allowed per client address per minute (slows password guessing).</summary>
    public int LoginPostsPerMinute { get; set; } = 10;

    public MailSettings Mail { get; set; } = new();

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();
}
