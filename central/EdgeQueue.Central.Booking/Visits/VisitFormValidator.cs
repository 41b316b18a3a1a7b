using System.Net.Mail;
using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Checks the booking form field by field, in the order the form shows them.</summary>
internal static class VisitFormValidator
{
    private const int MaxNameLength = 60;

    /// <summary>
    /// The form, or every field at fault at once (a resident fixes them in one round, not one per
    /// post), in the order the form shows them.
    /// </summary>
    public static (ValidVisitForm? Form, IReadOnlyList<BookingError> Errors) Validate(BookVisitRequest request, DateOnly today)
    {
        var errors = new List<BookingError>();
        var pesel = Pesel.Check(request.Pesel, today);
        if (!pesel.IsValid)
        {
            errors.Add(pesel.Error!);
        }

        var firstName = Name(request.FirstName);
        if (firstName is null)
        {
            errors.Add(BookingErrors.Invalid("firstName",
                "Podaj imię (do 60 znaków: litery, spacja, łącznik, apostrof).", "Give a first name (up to 60 letters, space, hyphen, apostrophe)."));
        }

        var lastName = Name(request.LastName);
        if (lastName is null)
        {
            errors.Add(BookingErrors.Invalid("lastName",
                "Podaj nazwisko (do 60 znaków: litery, spacja, łącznik, apostrof).", "Give a last name (up to 60 letters, space, hyphen, apostrophe)."));
        }

        var email = Email(request.Email);
        if (email is null)
        {
            errors.Add(BookingErrors.Invalid("email",
                "Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.", "Give a valid e-mail address."));
        }

        var phone = string.IsNullOrWhiteSpace(request.Phone) ? null : Phone(request.Phone);
        if (phone is null && !string.IsNullOrWhiteSpace(request.Phone))
        {
            errors.Add(BookingErrors.Invalid("phone",
                "Numer telefonu jest nieprawidłowy (9–15 cyfr, może zaczynać się od +).", "The phone number is invalid (9–15 digits, optional leading +)."));
        }

        if (!request.Consent)
        {
            errors.Add(BookingErrors.ConsentRequired);
        }

        return errors.Count > 0 ? (null, errors) : (new ValidVisitForm(pesel.Digits!, firstName!, lastName!, email!, phone), []);
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
