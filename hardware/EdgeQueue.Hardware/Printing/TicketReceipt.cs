namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// What a resident's paper ticket says. <see cref="IssuedAt"/> is printed with its own offset's
/// clock, so the hub passes it already converted to the site's local time.
/// </summary>
public sealed record TicketReceipt
{
    /// <summary>Office name printed at the top, e.g. "Urząd Miasta Poznania".</summary>
    public required string SiteName { get; init; }

    /// <summary>Hall or department line under the office name; optional.</summary>
    public string? HallName { get; init; }

    /// <summary>The ticket number as called, e.g. "A017".</summary>
    public required string TicketNumber { get; init; }

    /// <summary>The matter the resident chose, e.g. "Dowody osobiste".</summary>
    public required string MatterName { get; init; }

    /// <summary>People in the queue ahead of this ticket.</summary>
    public required int PeopleWaiting { get; init; }

    /// <summary>Estimated wait in whole minutes; null when no counter serves the matter (the ticket then says it cannot be estimated, never "0 min").</summary>
    public required int? EstimatedWaitMinutes { get; init; }

    /// <summary>Issue moment in the site's local time.</summary>
    public required DateTimeOffset IssuedAt { get; init; }

    /// <summary>Address of the live e-ticket page, printed as a QR code.</summary>
    public required Uri ETicketUrl { get; init; }

    /// <summary>An optional closing line, e.g. "Dziękujemy za cierpliwość".</summary>
    public string? Footer { get; init; }
}
