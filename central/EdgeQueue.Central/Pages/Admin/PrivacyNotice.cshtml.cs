using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>The administrator edits the information clause residents open from the booking form.</summary>
public sealed class PrivacyNoticeAdminModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    public string Text { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellation) => Text = await catalogue.GetPrivacyNoticeAsync(cancellation);

    public async Task<IActionResult> OnPostAsync(string? text, CancellationToken cancellation) =>
        Done(await administration.UpdatePrivacyNoticeAsync(text, Actor, cancellation), "Zapisano klauzulę informacyjną.");
}
