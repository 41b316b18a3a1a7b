using System.Net;
using System.Net.Mail;
using EdgeQueue.Central.Hosting;

namespace EdgeQueue.Central.Email;

/// <summary>Sends through an SMTP relay (the city's mail server), optionally with STARTTLS and a login.</summary>
public sealed class SmtpEmailSender(MailSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellation = default)
    {
        using var mail = MailMessageFactory.Create(message, settings);
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.SmtpStartTls,
            Timeout = 30_000,
        };
        if (settings.SmtpUser.Length > 0)
        {
            client.Credentials = new NetworkCredential(settings.SmtpUser, settings.SmtpPassword);
        }

        await client.SendMailAsync(mail, cancellation);
    }
}
