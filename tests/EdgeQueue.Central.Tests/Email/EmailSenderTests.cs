using System.Text;
using EdgeQueue.Central.Email;
using EdgeQueue.Central.Hosting;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Email;

public sealed class EmailSenderTests
{
    private static readonly EmailMessage Message = new(
        "jan.kowalski@example.pl",
        "Potwierdzenie wizyty K7MQ4PXR",
        "Dzień dobry Janie,\r\n\r\nKod potwierdzenia:\r\nK7MQ4PXR\r\n",
        [new EmailAttachment("wizyta-K7MQ4PXR.ics", "text/calendar", Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"))]);

    [Fact]
    public async Task PickupFolder_Send_WritesOneEmlWithRecipientCodeAndCalendar()
    {
        using var folder = new TempDirectory("pickup");
        var sender = new PickupFolderEmailSender(new MailSettings(), folder.Path);

        await sender.SendAsync(Message);

        var file = Assert.Single(Directory.GetFiles(folder.Path, "*.eml"));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains("To: jan.kowalski@example.pl", eml, StringComparison.Ordinal);
        Assert.Contains("K7MQ4PXR", eml, StringComparison.Ordinal);
        Assert.Contains("name=wizyta-K7MQ4PXR.ics", eml, StringComparison.Ordinal);
        Assert.Contains("Dzie=C5=84 dobry", eml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_Send_ReachesALoopbackServer()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpEmailSender(new MailSettings { SmtpHost = "127.0.0.1", SmtpPort = sink.Port, From = "rezerwacje@um.example.pl" });

        await sender.SendAsync(Message);

        var mail = Assert.Single(sink.Messages);
        Assert.Contains("From: ", mail, StringComparison.Ordinal);
        Assert.Contains("rezerwacje@um.example.pl", mail, StringComparison.Ordinal);
        Assert.Contains("K7MQ4PXR", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smtp_Send_ServerDown_Throws()
    {
        var port = FreePort.Next();
        var sender = new SmtpEmailSender(new MailSettings { SmtpHost = "127.0.0.1", SmtpPort = port });

        await Assert.ThrowsAsync<System.Net.Mail.SmtpException>(() => sender.SendAsync(Message));
    }
}
