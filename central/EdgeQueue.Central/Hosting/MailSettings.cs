namespace EdgeQueue.Central.Hosting;

/// <summary>
/// How confirmation e-mails leave: through an SMTP relay when <see cref="SmtpHost"/> is set,
/// otherwise as .eml files in a pickup folder (a mail server or an operator collects them).
/// </summary>
public sealed class MailSettings
{
    public string From { get; set; } = "rezerwacje@urzad.invalid";

    public string FromName { get; set; } = "Rezerwacja wizyt";

    public string SmtpHost { get; set; } = "";

    public int SmtpPort { get; set; } = 25;

    public bool SmtpStartTls { get; set; }

    public string SmtpUser { get; set; } = "";

    public string SmtpPassword { get; set; } = "";

    /// <summary>Defaults to "mail-outbox" under the data folder.</summary>
    public string PickupDirectory { get; set; } = "";
}
