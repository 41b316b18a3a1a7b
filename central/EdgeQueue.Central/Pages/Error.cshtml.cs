using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EdgeQueue.Central.Pages;

/// <summary>Friendly Polish pages for 404, 429 and server errors (status code pages and the exception handler).</summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Wystąpił błąd";

    public string Explanation { get; private set; } = "Spróbuj ponownie za chwilę.";

    public void OnGet([FromQuery(Name = "kod")] int? code) => Describe(code);

    public void OnPost([FromQuery(Name = "kod")] int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Explanation) = code switch
        {
            404 => ("Nie znaleziono strony", "Strona nie istnieje lub wybrana sprawa, lokalizacja albo termin nie są już dostępne."),
            429 => ("Zbyt wiele prób", "Wysłano zbyt wiele formularzy w krótkim czasie. Odczekaj minutę i spróbuj ponownie."),
            400 => ("Nieprawidłowe żądanie", "Formularz wygasł lub jest niepełny. Wróć, odśwież stronę i wyślij go ponownie."),
            _ => (Title, Explanation),
        };
    }
}
