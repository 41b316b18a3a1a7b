using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 3: what the matter needs (description, documents, templates) and where it can be booked.</summary>
public sealed class MatterModel(IBookingCatalogue catalogue) : PageModel
{
    public MatterDetails Matter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int matterId, CancellationToken cancellation)
    {
        var matter = await catalogue.GetMatterAsync(matterId, cancellation);
        if (matter is null)
        {
            return NotFound();
        }

        Matter = matter;
        return Page();
    }
}
