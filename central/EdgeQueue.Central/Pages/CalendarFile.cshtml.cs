using EdgeQueue.Central.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>The booked visit as an iCalendar file.</summary>
public sealed class CalendarFileModel(ConfirmationTokens tokens, TimeProvider clock) : PageModel
{
    public IActionResult OnGet(string token)
    {
        var visit = tokens.Open(token);
        return visit is null
            ? NotFound()
            : File(VisitCalendarFile.Create(visit, clock.GetUtcNow()), VisitCalendarFile.ContentType, VisitCalendarFile.FileName(visit));
    }
}
