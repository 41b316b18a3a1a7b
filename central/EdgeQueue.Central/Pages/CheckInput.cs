using System.ComponentModel.DataAnnotations;

namespace EdgeQueue.Central.Pages;

public sealed class CheckInput
{
    [Required(ErrorMessage = "Podaj kod potwierdzenia.")]
    [StringLength(32, ErrorMessage = "Kod potwierdzenia jest za długi.")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Podaj numer PESEL.")]
    [RegularExpression(@"^\s*\d{11}\s*$", ErrorMessage = "PESEL składa się z 11 cyfr.")]
    public string Pesel { get; set; } = "";
}
