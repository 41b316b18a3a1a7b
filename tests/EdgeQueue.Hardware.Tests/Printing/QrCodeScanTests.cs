using EdgeQueue.Hardware.Printing;
using EdgeQueue.Testing;
using EdgeQueue.Simulation.Printing;

namespace EdgeQueue.Hardware.Tests.Printing;

/// <summary>
/// The QR payload taken out of the printer bytes is rendered by qrencode with the same error
/// correction level and read back by zbarimg: the ticket carries a scannable e-ticket URL.
/// </summary>
public sealed class QrCodeScanTests
{
    [Theory]
    [InlineData("https://kolejka.poznan.pl/e/pozn-01/A017?k=7f3a9c")]
    [InlineData("https://kolejka.example/%C5%BC%C3%B3%C5%82w/B205")]
    public async Task Encode_QrPayload_ScansBackAsTheETicketUrl(string url)
    {
        using var folder = new TempDirectory("eq-qr");
        var bytes = new EscPosTicketEncoder().Encode(Receipts.Polish() with { ETicketUrl = new Uri(url) });
        var qr = Assert.Single(EscPosDecoder.Decode(bytes).QrCodes);
        var png = folder.File("ticket-qr.png");

        await ExternalProgram.OutputOfAsync("qrencode", "-l", qr.ErrorCorrection.ToString(), "-s", "6", "-o", png, "--", qr.PayloadText);
        var scanned = await ExternalProgram.OutputOfAsync("zbarimg", "--quiet", "--raw", png);

        Assert.Equal(url, scanned.TrimEnd('\n'));
        Assert.True(Uri.TryCreate(scanned.Trim(), UriKind.Absolute, out var parsed) && parsed.Scheme == "https");
    }
}
