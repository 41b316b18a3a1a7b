using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Downloads a matter's form or template, always as an attachment (never rendered inline).</summary>
public sealed class AttachmentModel(IBookingCatalogue catalogue) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int attachmentId, CancellationToken cancellation)
    {
        var attachment = await catalogue.GetAttachmentAsync(attachmentId, cancellation);
        if (attachment is null)
        {
            return NotFound();
        }

        return File(attachment.Content, attachment.Info.ContentType, attachment.Info.FileName);
    }
}
