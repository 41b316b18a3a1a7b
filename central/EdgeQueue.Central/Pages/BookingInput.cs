namespace EdgeQueue.Central.Pages;

/// <summary>
/// The booking form as posted. No checks here: the booking core validates every field (PESEL
/// checksum and date of birth, names, e-mail, phone, consent) for the pages and the API alike and
/// reports every wrong field at once. Nullable, so MVC adds no implicit English "required" check.
/// </summary>
public sealed class BookingInput
{
    public string? Pesel { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public bool Consent { get; set; }
}
