using System.ComponentModel.DataAnnotations;

namespace EdgeQueue.Central.Pages;

/// <summary>
/// The booking form as posted. These checks give immediate, per-field messages; the booking core
/// then validates for real (PESEL checksum and date of birth, e-mail, phone, consent).
/// </summary>
public sealed class BookingInput
{
    [Required(ErrorMessage = "Podaj numer PESEL.")]
    [RegularExpression(@"^\s*\d{11}\s*$", ErrorMessage = "PESEL składa się z 11 cyfr.")]
    public string Pesel { get; set; } = "";

    [Required(ErrorMessage = "Podaj imię.")]
    [StringLength(100, ErrorMessage = "Imię może mieć najwyżej 100 znaków.")]
    public string FirstName { get; set; } = "";

    [Required(ErrorMessage = "Podaj nazwisko.")]
    [StringLength(100, ErrorMessage = "Nazwisko może mieć najwyżej 100 znaków.")]
    public string LastName { get; set; } = "";

    [Required(ErrorMessage = "Podaj adres e-mail.")]
    [EmailAddress(ErrorMessage = "Podaj poprawny adres e-mail, np. jan.kowalski@example.pl.")]
    [StringLength(254, ErrorMessage = "Adres e-mail jest za długi.")]
    public string Email { get; set; } = "";

    [StringLength(20, ErrorMessage = "Numer telefonu jest za długi.")]
    public string? Phone { get; set; }

    [Range(typeof(bool), "true", "true", ErrorMessage = "Zaznacz zgodę na przetwarzanie danych, aby umówić wizytę.")]
    public bool Consent { get; set; }
}
