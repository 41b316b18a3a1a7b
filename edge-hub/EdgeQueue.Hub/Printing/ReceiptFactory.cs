using EdgeQueue.Hardware.Printing;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Results;

namespace EdgeQueue.Hub.Printing;

/// <summary>Turns a committed ticket into what the resident's paper ticket says, in the site's local time.</summary>
public sealed class ReceiptFactory(SiteDefinition site)
{
    public TicketReceipt Create(TicketInfo ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return new TicketReceipt
        {
            SiteName = site.Name,
            HallName = site.Hall,
            TicketNumber = ticket.Number,
            MatterName = site.CategoryName(ticket.Category),
            PeopleWaiting = ticket.PeopleAhead,
            EstimatedWaitMinutes = ticket.EtaMinutes,
            IssuedAt = TimeZoneInfo.ConvertTime(ticket.IssuedAt, site.TimeZone),
            ETicketUrl = site.ETicketUrl(ticket.Number),
            Footer = "Dziękujemy za cierpliwość",
        };
    }
}
