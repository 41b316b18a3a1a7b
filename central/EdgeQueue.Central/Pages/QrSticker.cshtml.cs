using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Documents;
using EdgeQueue.Central.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>A printable building sticker whose QR code opens the department's booking page directly.</summary>
public sealed class QrStickerModel(IBookingCatalogue catalogue, CentralSettings settings) : PageModel
{
    public Department Department { get; private set; } = null!;

    public string TargetUrl { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int departmentId, CancellationToken cancellation) =>
        LoadAsync(departmentId, Page, cancellation);

    /// <summary>The QR code alone, large, for a print shop.</summary>
    public Task<IActionResult> OnGetPngAsync(int departmentId, CancellationToken cancellation) =>
        LoadAsync(departmentId, () => File(QrCodeImages.Png(TargetUrl, 20), "image/png", $"naklejka-qr-wydzial-{departmentId}.png"), cancellation);

    private async Task<IActionResult> LoadAsync(int departmentId, Func<IActionResult> answer, CancellationToken cancellation)
    {
        var department = (await catalogue.GetDepartmentsAsync(cancellation)).FirstOrDefault(d => d.Id == departmentId);
        if (department is null)
        {
            return NotFound();
        }

        Department = department;
        var baseUrl = settings.PublicBaseUrl.Length > 0
            ? settings.PublicBaseUrl.TrimEnd('/')
            : $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
        TargetUrl = $"{baseUrl}/wydzial/{department.Id}";
        return answer();
    }
}
