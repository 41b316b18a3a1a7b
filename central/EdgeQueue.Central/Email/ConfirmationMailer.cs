using System.Net.Mail;
using System.Text;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Email;

/// <summary>
/// Sends the booking and cancellation e-mails, for the booking core after every committed booking and
/// cancellation (pages and API alike). A failed send never undoes a booking: the resident already
/// sees the code on the page; the failure is logged without the address.
/// </summary>
public sealed class ConfirmationMailer(IEmailSender sender, TimeProvider clock, ILogger<ConfirmationMailer> logger) : IVisitConfirmations
{
    public async Task<bool> BookedAsync(BookedVisit visit, CancellationToken cancellation)
    {
        var confirmation = VisitConfirmation.From(visit);
        var body = new StringBuilder()
            .AppendLine("Dzień dobry,")
            .AppendLine()
            .AppendLine("potwierdzamy rezerwację wizyty w urzędzie.")
            .AppendLine()
            .AppendLine("Kod potwierdzenia:")
            .AppendLine(visit.Code)
            .AppendLine()
            .AppendLine($"Sprawa: {visit.MatterName}")
            .AppendLine($"Wydział: {visit.DepartmentName}")
            .AppendLine($"Termin: {PolishFormat.Day(visit.Day)}, godz. {PolishFormat.Hour(visit.Start)}")
            .AppendLine($"Miejsce: {PolishFormat.Place(visit.LocationName, visit.LocationAddress)}")
            .AppendLine()
            .AppendLine("Przyjdź 5–10 minut przed umówioną godziną i podaj kod przy automacie")
            .AppendLine("biletowym. Spóźnienie oznacza rezygnację z wizyty.")
            .AppendLine()
            .AppendLine("Wizytę odwołasz na stronie rezerwacji (Odwołaj wizytę), podając PESEL,")
            .AppendLine("sprawę, dzień wizyty i kod potwierdzenia.")
            .AppendLine()
            .AppendLine("Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać.")
            .ToString();
        var ics = new EmailAttachment(
            VisitCalendarFile.FileName(confirmation),
            "text/calendar",
            VisitCalendarFile.Create(confirmation, clock.GetUtcNow()));
        return await TrySendAsync(
            new EmailMessage(visit.Email, $"Potwierdzenie wizyty {visit.Code}", body, [ics]), "booking", cancellation);
    }

    public async Task<bool> CancelledAsync(BookedVisit visit, CancellationToken cancellation)
    {
        var body = new StringBuilder()
            .AppendLine("Dzień dobry,")
            .AppendLine()
            .AppendLine($"wizyta {visit.Code} została odwołana:")
            .AppendLine($"{visit.MatterName}, {PolishFormat.Day(visit.Day)}, godz. {PolishFormat.Hour(visit.Start)},")
            .AppendLine($"{PolishFormat.Place(visit.LocationName, visit.LocationAddress)}.")
            .AppendLine()
            .AppendLine("Wiadomość wysłana automatycznie, prosimy na nią nie odpowiadać.")
            .ToString();
        return await TrySendAsync(
            new EmailMessage(visit.Email, $"Odwołanie wizyty {visit.Code}", body, []), "cancellation", cancellation);
    }

    private async Task<bool> TrySendAsync(EmailMessage message, string kind, CancellationToken cancellation)
    {
        if (string.IsNullOrWhiteSpace(message.To))
        {
            return false;
        }

        try
        {
            await sender.SendAsync(message, cancellation);
            return true;
        }
        catch (Exception error) when (error is SmtpException or IOException or InvalidOperationException or UnauthorizedAccessException or FormatException)
        {
            // Neither the address nor the server's reply (which often quotes it) goes to the log:
            // both are personal data (DESIGN.md §5 rule 5).
            var status = error is SmtpException smtp ? smtp.StatusCode.ToString() : "-";
            logger.LogWarning("The {Kind} e-mail could not be sent: {ErrorType}, SMTP status {Status}", kind, error.GetType().Name, status);
            return false;
        }
    }
}
