using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>The audit log, newest first, 100 entries a page.</summary>
public sealed class AuditModel(IBookingAdministration administration, IOptions<BookingOptions> options) : AdminPageModel
{
    public const int PageSize = 100;

    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "przed")] long? before, CancellationToken cancellation) =>
        Entries = await administration.GetAuditLogAsync(PageSize, before, cancellation);

    public string Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, _zone).ToString("yyyy-MM-dd HH:mm:ss", PolishFormat.Culture);
}
