using EdgeQueue.Hub.Central;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// The site file as written by a technician (JSON, camelCase). Every member is nullable here so
/// that <see cref="SiteFileLoader"/> can name a missing field instead of failing on it; the
/// validated, resolved form is <see cref="SiteDefinition"/>.
/// </summary>
public sealed class SiteFile
{
    public SiteSection? Site { get; set; }

    public HttpSection? Http { get; set; }

    public BrokerSection? Broker { get; set; }

    public TechnicianSection? Technician { get; set; }

    public string? ETicketBaseUrl { get; set; }

    public QueueSection? Queue { get; set; }

    public List<CategorySection>? Categories { get; set; }

    public List<CounterSection>? Counters { get; set; }

    public List<DeviceSection>? Devices { get; set; }

    public List<PrinterSection>? Printers { get; set; }

    public AudioSection? Audio { get; set; }

    public DisplaySection? Display { get; set; }

    public DeviceRateLimitSection? DeviceRateLimit { get; set; }

    /// <summary>Fixtures on the hub's own pins (status light, service button); absent: none.</summary>
    public GpioSection? Gpio { get; set; }

    /// <summary>The hall LED board on the hub's SPI (MAX7219 modules); absent: none.</summary>
    public LedBoardSection? LedBoard { get; set; }

    /// <summary>The link to central (issue 9); absent: the hall runs alone.</summary>
    public CentralSection? Central { get; set; }
}
