using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Residents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>Shared by administration pages: the acting login for the audit log and post-redirect-get messages.</summary>
public abstract class AdminPageModel : PageModel
{
    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Problem { get; set; }

    protected string Actor => StaffActor.Login(User);

    /// <summary>After a command: a redirect back with "saved" or the core's Polish refusal.</summary>
    protected IActionResult Done(AdminResult result, string saved, object? routeValues = null)
    {
        if (result.Succeeded)
        {
            Message = saved;
        }
        else
        {
            Problem = result.Error!.Message;
        }

        return RedirectToPage(null, routeValues);
    }

    protected IActionResult Done<T>(AdminResult<T> result, string saved, object? routeValues = null) =>
        Done(result.Succeeded ? AdminResult.Ok : AdminResult.Failure(result.Error!), saved, routeValues);

    protected static IReadOnlyList<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
