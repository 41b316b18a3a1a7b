using System.ComponentModel.DataAnnotations;

namespace EdgeQueue.Central.Pages;

public sealed class LoginInput
{
    [Required(ErrorMessage = "Podaj login.")]
    [StringLength(64, ErrorMessage = "Login jest za długi.")]
    public string Login { get; set; } = "";

    [Required(ErrorMessage = "Podaj hasło.")]
    [StringLength(256, ErrorMessage = "Hasło jest za długie.")]
    public string Password { get; set; } = "";
}
