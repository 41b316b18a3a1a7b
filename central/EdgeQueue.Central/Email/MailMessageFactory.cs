using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using EdgeQueue.Central.Hosting;

namespace EdgeQueue.Central.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into a MIME message: UTF-8, quoted-printable text, attachments.</summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(EmailMessage message, MailSettings settings)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = message.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.To));
        foreach (var attachment in message.Attachments)
        {
            // The MailMessage owns and disposes the stream.
            var content = new MemoryStream(attachment.Content, writable: false);
            mail.Attachments.Add(new Attachment(content, attachment.FileName, attachment.ContentType));
        }

        return mail;
    }
}
