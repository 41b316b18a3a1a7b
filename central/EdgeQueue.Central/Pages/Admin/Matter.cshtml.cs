using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>One matter: its data, capacity per location (counters for booked visits) and attachments.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = MaxUpload + 64 * 1024)]
[RequestSizeLimit(MaxUpload + 64 * 1024)]
public sealed class MatterModel(IBookingCatalogue catalogue, IBookingAdministration administration) : AdminPageModel
{
    private const int MaxUpload = 10 * 1024 * 1024;

    public MatterDetails Matter { get; private set; } = null!;

    public IReadOnlyList<Location> Locations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellation)
    {
        var matter = await catalogue.GetMatterAsync(id, cancellation);
        if (matter is null)
        {
            return NotFound();
        }

        Matter = matter;
        Locations = await catalogue.GetLocationsAsync(cancellation);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int id, MatterForm form, CancellationToken cancellation) =>
        Done(await administration.UpdateMatterAsync(id, form.ToDraft(), Actor, cancellation), "Zapisano sprawę.", new { id });

    public async Task<IActionResult> OnPostCapacityAsync(int id, string locationId, int counters, CancellationToken cancellation) =>
        Done(await administration.SetMatterCapacityAsync(id, locationId ?? "", counters, Actor, cancellation), "Zapisano pojemność.", new { id });

    public async Task<IActionResult> OnPostUploadAsync(int id, string title, IFormFile? file, CancellationToken cancellation)
    {
        if (file is null || file.Length == 0)
        {
            Problem = "Wybierz plik do dodania.";
            return RedirectToPage(null, new { id });
        }

        if (file.Length > MaxUpload)
        {
            Problem = "Plik jest większy niż 10 MB.";
            return RedirectToPage(null, new { id });
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellation);
        var draft = new AttachmentDraft(id, title ?? "", Path.GetFileName(file.FileName), file.ContentType ?? "application/octet-stream", content.ToArray());
        return Done(await administration.AddAttachmentAsync(draft, Actor, cancellation), $"Dodano załącznik „{title}”.", new { id });
    }

    public async Task<IActionResult> OnPostDeleteAttachmentAsync(int id, int attachmentId, CancellationToken cancellation) =>
        Done(await administration.DeleteAttachmentAsync(attachmentId, Actor, cancellation), "Usunięto załącznik.", new { id });

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellation)
    {
        var result = await administration.DeleteMatterAsync(id, Actor, cancellation);
        if (!result.Succeeded)
        {
            return Done(result, "", new { id });
        }

        Message = "Usunięto sprawę.";
        return Redirect("/admin/sprawy");
    }
}
