using EdgeQueue.Central.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Step 7: the confirmation code, its QR code and the .ics download, from a sealed token.</summary>
public sealed class ConfirmationModel(ConfirmationTokens tokens) : PageModel
{
    public VisitConfirmation Visit { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public bool MailSent { get; private set; }

    public IActionResult OnGet(string token, [FromQuery(Name = "wyslano")] string? sent)
    {
        var visit = tokens.Open(token);
        if (visit is null)
        {
            return NotFound();
        }

        (Visit, Token, MailSent) = (visit, token, sent != "nie");
        return Page();
    }
}
