using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>The information clause on personal data (RODO art. 13), linked from the booking form; its text is the administrator's.</summary>
public sealed class PrivacyNoticeModel(IBookingCatalogue catalogue) : PageModel
{
    public string Text { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellation) => Text = await catalogue.GetPrivacyNoticeAsync(cancellation);
}
