using System.Net.Mail;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Hosting;

namespace EdgeQueue.Central.Email;

/// <summary>
/// Writes each e-mail as an .eml file into a pickup folder, the way IIS/Exchange pickup directories
/// work: a mail server (or an operator) delivers them. Also what tests read. The folder is 0700 and
/// each file 0600 (an e-mail names a resident and a visit); a file appears complete, by a rename from
/// a private staging folder, so a pickup agent never reads half an e-mail.
/// </summary>
public sealed class PickupFolderEmailSender : IEmailSender
{
    private readonly MailSettings _settings;

    public PickupFolderEmailSender(MailSettings settings, string folder)
    {
        _settings = settings;
        Folder = Path.GetFullPath(folder);
        OwnerOnlyFiles.CreateFolder(Folder);
    }

    public string Folder { get; }

    public async Task SendAsync(EmailMessage message, CancellationToken cancellation = default)
    {
        // SmtpClient names the file itself and takes no mode: one staging folder per message.
        var staging = OwnerOnlyFiles.CreateFolder(Path.Combine(Folder, $".sending-{Guid.NewGuid():N}")).FullName;
        try
        {
            using (var mail = MailMessageFactory.Create(message, _settings))
            using (var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = staging })
            {
                await client.SendMailAsync(mail, cancellation);
            }

            foreach (var written in Directory.GetFiles(staging))
            {
                OwnerOnlyFiles.Restrict(written);
                File.Move(written, Path.Combine(Folder, Path.GetFileName(written)));
            }
        }
        finally
        {
            Directory.Delete(staging, recursive: true);
        }
    }
}
