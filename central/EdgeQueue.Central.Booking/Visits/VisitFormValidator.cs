using System.Net.Mail;
using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Checks the booking form field by field, in the order the form shows them.</summary>
internal static class VisitFormValidator
{
    private const int MaxNameLength = 60;

    public static (ValidVisitForm? Form, BookingError? Error) Validate(BookVisitRequest request, DateOnly today)
    {
        var pesel = Pesel.Check(request.Pesel, today);
        if (!pesel.IsValid)
        {
            return (null, pesel.Error);
        }

        var firstName = Name(request.FirstName);
        if (firstName is null)
        {
            return (null, BookingErrors.Invalid("firstName",
                "Podaj imię (do 60 znaków: litery, spacja, łącznik, apostrof).", "Give a first name (up to 60 letters, space, hyphen, apostrophe)."));
        }

        var lastName = Name(request.LastName);
        if (lastName is null)
        {
            return (null, BookingErrors.Invalid("lastName",
                "Podaj nazwisko (do 60 znaków: litery, spacja, łącznik, apostrof).", "Give a last name (up to 60 letters, space, hyphen, apostrophe)."));
        }

        var email = Email(request.Email);
        if (email is null)
        {
            return (null, BookingErrors.Invalid("email",
                "Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.", "Give a valid e-mail address."));
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            phone = Phone(request.Phone);
            if (phone is null)
            {
                return (null, BookingErrors.Invalid("phone",
                    "Numer telefonu jest nieprawidłowy (9–15 cyfr, może zaczynać się od +).", "The phone number is invalid (9–15 digits, optional leading +)."));
            }
        }

        if (!request.Consent)
        {
            return (null, BookingErrors.ConsentRequired);
        }

        return (new ValidVisitForm(pesel.Digits!, firstName, lastName, email, phone), null);
    }

    private static string? Name(string? input)
    {
        var name = input?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || !char.IsLetter(name[0]))
        {
            return null;
        }

        return name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.') ? name : null;
    }

    private static string? Email(string? input)
    {
        var email = input?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 254 || email.Any(char.IsWhiteSpace)
            || !MailAddress.TryCreate(email, out var address) || address.Address != email)
        {
            return null;
        }

        var domain = address.Host;
        return domain.Contains('.', StringComparison.Ordinal) && !domain.EndsWith('.') && !domain.StartsWith('.') ? email : null;
    }

    private static string? Phone(string input)
    {
        var trimmed = input.Trim();
        if (!trimmed.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')')
            || trimmed.LastIndexOf('+') > 0)
        {
            return null;
        }

        var digits = trimmed.Count(char.IsAsciiDigit);
        return digits is >= 9 and <= 15 ? (trimmed.StartsWith('+') ? "+" : string.Empty) + new string(trimmed.Where(char.IsAsciiDigit).ToArray()) : null;
    }
}
