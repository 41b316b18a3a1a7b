using EdgeQueue.Hardware.Printing;
using EdgeQueue.Simulation.Printing;
using EdgeQueue.Simulation.Reporting.Imaging;
using EdgeQueue.Simulation.Tests.Support;
using EdgeQueue.Testing;

namespace EdgeQueue.Simulation.Tests.Printing;

/// <summary>
/// The simulated printer's picture of a ticket made by the hub's own ESC/POS encoder: its QR code
/// scans back (zbarimg) as the printed e-ticket URL, the number is drawn large, the text file has
/// every printed line.
/// </summary>
public sealed class TicketRendererTests
{
    private static readonly TicketReceipt Receipt = new()
    {
        SiteName = "Urząd Miasta Poznania",
        HallName = "Sala Obsługi Mieszkańców",
        TicketNumber = "A017",
        MatterName = "Dowody osobiste",
        PeopleWaiting = 5,
        EstimatedWaitMinutes = 12,
        IssuedAt = new DateTimeOffset(2026, 11, 23, 9, 41, 0, TimeSpan.FromHours(1)),
        ETicketUrl = new Uri("http://127.0.0.1:8080/t/A017?k=7f3a9c"),
    };

    [Fact]
    public async Task Render_TicketFromTheEncoder_QrScansBackAsTheETicketUrl()
    {
        using var folder = new TempDirectory("eq-ticket");
        var ticket = EscPosDecoder.Decode(new EscPosTicketEncoder().Encode(Receipt));
        var path = folder.File("ticket.png");

        await File.WriteAllBytesAsync(path, PngEncoder.Encode(TicketRenderer.Render(ticket)));

        Assert.Equal(Receipt.ETicketUrl.ToString(), await Zbar.ScanAsync(path));
    }

    [Fact]
    public void Render_TicketNumber_IsDrawnLargerThanTheOtherLines()
    {
        var ticket = EscPosDecoder.Decode(new EscPosTicketEncoder().Encode(Receipt));
        var numberLine = ticket.LineContaining("A017");

        var raster = TicketRenderer.Render(ticket);

        Assert.True(numberLine.Width * numberLine.Height > 1, "the encoder prints the number magnified");
        Assert.Equal(TicketRenderer.PaperWidth, raster.Width);
        Assert.True(InkRows(raster) > 200, "a whole ticket with its QR code is drawn");
    }

    [Fact]
    public void ToText_Ticket_HasEveryPrintedLineAndTheQrPayload()
    {
        var ticket = EscPosDecoder.Decode(new EscPosTicketEncoder().Encode(Receipt));

        var text = TicketRenderer.ToText(ticket);

        Assert.Contains("A017", text, StringComparison.Ordinal);
        Assert.Contains("Dowody osobiste", text, StringComparison.Ordinal);
        Assert.Contains($"[QR {Receipt.ETicketUrl}]", text, StringComparison.Ordinal);
        Assert.Equal(ticket.Lines.Count + 1 + (ticket.Cut == EscPosCut.None ? 0 : 1), text.TrimEnd('\n').Split('\n').Length);
    }

    private static int InkRows(Raster raster)
    {
        var rows = 0;
        for (var y = 0; y < raster.Height; y++)
        {
            for (var x = 0; x < raster.Width; x++)
            {
                if (raster[x, y] == Rgb.Black)
                {
                    rows++;
                    break;
                }
            }
        }

        return rows;
    }
}
