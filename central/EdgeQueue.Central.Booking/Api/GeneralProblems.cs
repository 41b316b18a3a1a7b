using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Central.Booking.Api;

/// <summary>
/// Polish titles for the problems the framework writes itself (a value it could not bind, no
/// log-in, no right, no such address, a server error), in the shape of <see cref="BookingProblems"/>:
/// <c>title</c> Polish, <c>detail</c> English, <c>code</c>. Problems the API wrote (with a code) are left alone.
/// </summary>
internal static class GeneralProblems
{
    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code") || Describe(problem.Status) is not { } known)
        {
            return;
        }

        var (code, title, detail) = known;
        problem.Title = title;
        problem.Detail ??= detail;
        problem.Extensions["code"] = code;
    }

    private static (string Code, string Title, string Detail)? Describe(int? status) => status switch
    {
        StatusCodes.Status400BadRequest => ("BadRequest",
            "Nieprawidłowe żądanie: sprawdź wartości w adresie i w treści (dzień w postaci RRRR-MM-DD, liczby zapisane cyframi, poprawny JSON).",
            "A value in the address or the body could not be read."),
        StatusCodes.Status401Unauthorized => ("Unauthorized", "Zaloguj się, aby skorzystać z tej funkcji.", "Log in first."),
        StatusCodes.Status403Forbidden => ("Forbidden", "Nie masz uprawnień do tej funkcji.", "Your role does not allow this."),
        StatusCodes.Status404NotFound => ("NotFound", "Nie znaleziono: pod tym adresem nic nie ma.", "Nothing at this address."),
        StatusCodes.Status405MethodNotAllowed => ("MethodNotAllowed", "Ta metoda nie jest obsługiwana pod tym adresem.", "Method not allowed here."),
        StatusCodes.Status415UnsupportedMediaType => ("UnsupportedMediaType", "Wyślij treść jako JSON (application/json).", "Send the body as JSON."),
        StatusCodes.Status500InternalServerError => ("InternalError", "Wystąpił błąd serwera. Spróbuj ponownie za chwilę.", "Server error; try again shortly."),
        _ => null,
    };
}
