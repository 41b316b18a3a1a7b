using EdgeQueue.Contracts;
using EdgeQueue.Hub.Central;
using EdgeQueue.Queue.Configuration;

namespace EdgeQueue.Hub.Site;

/// <summary>A validated site file: everything the hub needs, resolved to typed values.</summary>
public sealed record SiteDefinition
{
    public required string SiteId { get; init; }

    public required string Name { get; init; }

    public string? Hall { get; init; }

    public required TimeZoneInfo TimeZone { get; init; }

    public required int HttpPort { get; init; }

    public required string HttpBind { get; init; }

    public required BrokerSettings Broker { get; init; }

    public required TechnicianLogin Technician { get; init; }

    /// <summary>The e-ticket page of a ticket is this address with the ticket number appended.</summary>
    public required Uri ETicketBaseUrl { get; init; }

    /// <summary>The queue engine's rules for this hall (categories, counters, limits, hours).</summary>
    public required SiteConfiguration Queue { get; init; }

    public required IReadOnlyList<DeviceDefinition> Devices { get; init; }

    public required IReadOnlyList<PrinterDefinition> Printers { get; init; }

    public required AudioSettings Audio { get; init; }

    public required int RecentCalls { get; init; }

    public DeviceRateLimitSettings DeviceRateLimit { get; init; } = DeviceRateLimitSettings.Default;

    /// <summary>The status light and service button on the hub's own pins, or null: no pin is driven.</summary>
    public GpioSettings? Gpio { get; init; }

    /// <summary>The hall LED board on the hub's SPI, or null: none is driven.</summary>
    public LedBoardSettings? LedBoard { get; init; }

    /// <summary>The central broker to sync with, or null: the hall runs alone.</summary>
    public CentralLinkSettings? Central { get; init; }

    public SiteTopics Topics => new(SiteId);

    public DeviceDefinition? FindDevice(DeviceId id) => Devices.FirstOrDefault(d => d.Id == id);

    public PrinterDefinition? FindPrinter(string id) =>
        Printers.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    public string CategoryName(string prefix) => Queue.FindCategory(prefix)?.Name ?? prefix;

    public Uri ETicketUrl(string ticket) => new(ETicketBaseUrl, Uri.EscapeDataString(ticket));
}
