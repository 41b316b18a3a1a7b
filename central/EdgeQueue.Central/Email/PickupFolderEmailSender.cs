using System.Net.Mail;
using EdgeQueue.Central.Hosting;

namespace EdgeQueue.Central.Email;

/// <summary>
/// Writes each e-mail as an .eml file into a pickup folder, the way IIS/Exchange pickup directories
/// work: a mail server (or an operator) delivers them. Also what tests read.
/// </summary>
public sealed class PickupFolderEmailSender : IEmailSender
{
    private readonly MailSettings _settings;

    public PickupFolderEmailSender(MailSettings settings, string folder)
    {
        _settings = settings;
        Folder = Path.GetFullPath(folder);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellation = default)
    {
        using var mail = MailMessageFactory.Create(message, _settings);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Folder,
        };
        await client.SendMailAsync(mail, cancellation);
    }
}
