namespace EdgeQueue.Central.Sync.Link;

/// <summary>
/// <c>Central:Sync</c>: the central broker the hubs meet central on. Without <see cref="BrokerUrl"/>
/// the link is off (the store is still there for the pages).
/// </summary>
public sealed class CentralSyncOptions
{
    public const string SectionName = "Central:Sync";

    /// <summary>mqtt://host:port or mqtts://host:port.</summary>
    public string BrokerUrl { get; set; } = "";

    public string Username { get; set; } = "central";

    public string Password { get; set; } = "";

    /// <summary>Read the password from this environment variable instead.</summary>
    public string PasswordEnv { get; set; } = "";

    /// <summary>PEM file of the CA of the broker's certificate (mqtts with a private CA).</summary>
    public string CaFile { get; set; } = "";

    /// <summary>Central's client id unless configured (its RabbitMQ permissions name its subscription queue after it).</summary>
    public const string DefaultClientId = "edgequeue-central";

    /// <summary>The MQTT client id; every instance of a shared central needs its own (the broker drops a second session of one id).</summary>
    public string ClientId { get; set; } = DefaultClientId;

    /// <summary>Folder of sync.db; empty: Central:Booking:DataFolder.</summary>
    public string DataFolder { get; set; } = "";

    /// <summary>Booking changes per <c>…/sync/bookings</c> message.</summary>
    public int BookingBatchSize { get; set; } = 200;

    /// <summary>Booking batches sent ahead of the hub's acknowledgement.</summary>
    public int BookingBatchesAhead { get; set; } = 4;

    /// <summary>How often each site's booking log is checked for new changes.</summary>
    public TimeSpan BookingPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Outstanding booking changes are sent again when the hub's ack has not moved for this long.</summary>
    public TimeSpan ResendAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How often an instance tries to take the sites no instance serves (centrals sharing one
    /// PostgreSQL database): the longest a site waits after the instance serving it died.
    /// </summary>
    public TimeSpan OwnershipPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The service key of the real clock the link's timeouts run on when the registered
    /// <see cref="TimeProvider"/> is a simulated day (<c>./edgequeue demo</c>); unregistered: that one.
    /// </summary>
    public const string NetworkClock = "network";

    public bool Enabled => BrokerUrl.Length > 0;
}
