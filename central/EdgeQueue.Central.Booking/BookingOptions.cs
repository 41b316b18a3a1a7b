namespace EdgeQueue.Central.Booking;

/// <summary>
/// Settings of the booking core, bound from the configuration section <c>Central:Booking</c>
/// (e.g. <c>Central__Booking__ConnectionString</c> in the environment).
/// </summary>
public sealed class BookingOptions
{
    public const string SectionName = "Central:Booking";

    /// <summary>
    /// SQLite (<c>Data Source=/var/lib/edgequeue/central.db</c>) or PostgreSQL
    /// (<c>Host=…;Database=…;Username=…</c> or a <c>postgres://</c> URL). Empty: SQLite file
    /// <c>central.db</c> in <see cref="DataFolder"/>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where the SQLite file and, in development, the generated PESEL key live.</summary>
    public string DataFolder { get; set; } = "data/central";

    /// <summary>How many days ahead a visit can be booked (today counts as day 0).</summary>
    public int HorizonDays { get; set; } = 30;

    /// <summary>A visit must be booked at least this many minutes before it starts.</summary>
    public int LeadTimeMinutes { get; set; } = 60;

    /// <summary>A resident can cancel until this many minutes before the visit starts.</summary>
    public int CancellationLeadTimeMinutes { get; set; }

    /// <summary>Personal data of a visit is deleted this many days after the visit day.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>How often the retention purge runs.</summary>
    public int PurgeIntervalMinutes { get; set; } = 60;

    /// <summary>
    /// Base64 secret (at least 32 bytes) for the PESEL HMAC. Required in production; in development a
    /// key is generated once and kept in <see cref="DataFolder"/>/pesel-hmac.key.
    /// </summary>
    public string? PeselKey { get; set; }

    /// <summary>
    /// Without <see cref="PeselKey"/>: true generates a key into <see cref="DataFolder"/>/pesel-hmac.key
    /// (and says so in the log at every start), false refuses to start. Unset: true only in Development.
    /// <c>./edgequeue central</c> sets it, so a run from the repository uses Production settings.
    /// </summary>
    public bool? GeneratePeselKey { get; set; }

    /// <summary>Bookings per client IP per minute on the API (and pages that opt in); form posts only, page loads are free.</summary>
    public int BookingPermitsPerMinute { get; set; } = 10;

    /// <summary>Cancellations and visit look-ups per client IP per minute.</summary>
    public int CancellationPermitsPerMinute { get; set; } = 10;

    /// <summary>
    /// Bookings, and separately cancellations and searches, per logged-in staff user per minute (pages
    /// and API), instead of the per-address limits above.
    /// </summary>
    public int StaffPermitsPerMinute { get; set; } = 60;

    /// <summary>PBKDF2-HMAC-SHA512 iterations for new staff password hashes (OWASP 2023: 210,000).</summary>
    public int PasswordIterations { get; set; } = 210_000;

    /// <summary>
    /// Password of the first administrator (login <c>admin</c>) created on a fresh install. Empty: one
    /// is generated and written to <see cref="DataFolder"/>/initial-admin-password.txt (never logged).
    /// </summary>
    public string? InitialAdminPassword { get; set; }

    /// <summary>Seed a realistic city hall (departments, matters, two sites) into an empty database.</summary>
    public bool SeedCatalogue { get; set; } = true;

    /// <summary>IANA id of the halls' local time.</summary>
    public string TimeZone { get; set; } = "Europe/Warsaw";
}
