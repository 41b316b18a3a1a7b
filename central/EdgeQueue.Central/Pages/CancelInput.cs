using System.ComponentModel.DataAnnotations;

namespace EdgeQueue.Central.Pages;

/// <summary>The cancellation form: PESEL + matter + day (+ the confirmation code, required of residents).</summary>
public sealed class CancelInput
{
    [Required(ErrorMessage = "Podaj numer PESEL.")]
    [RegularExpression(@"^\s*\d{11}\s*$", ErrorMessage = "PESEL składa się z 11 cyfr.")]
    public string Pesel { get; set; } = "";

    [Required(ErrorMessage = "Wybierz sprawę.")]
    public int? MatterId { get; set; }

    [Required(ErrorMessage = "Podaj dzień wizyty.")]
    public string Day { get; set; } = "";

    [StringLength(32, ErrorMessage = "Kod potwierdzenia jest za długi.")]
    public string? Code { get; set; }
}
