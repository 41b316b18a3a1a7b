using System.Diagnostics;
using EdgeQueue.Central.Documents;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Documents;

/// <summary>The QR codes are decoded by a real reader: zbarimg from Debian's zbar-tools.</summary>
public sealed class QrCodeImagesTests
{
    [Theory]
    [InlineData("K7MQ4PXR")]
    [InlineData("https://rezerwacje.um.example.pl/wydzial/3")]
    public async Task Png_Text_DecodesBackWithZbarimg(string text)
    {
        using var folder = new TempDirectory("qr");
        var file = folder.File("qr.png");
        await File.WriteAllBytesAsync(file, QrCodeImages.Png(text));

        var decoded = await DecodeAsync(file);

        Assert.Equal($"QR-Code:{text}", decoded);
    }

    [Fact]
    public void PngDataUri_Text_IsBase64Png()
    {
        var uri = QrCodeImages.PngDataUri("K7MQ4PXR");

        Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", uri, StringComparison.Ordinal);
    }

    internal static async Task<string> DecodeAsync(string pngFile)
    {
        using var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", pngFile])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("zbarimg did not start (apt-get install -y zbar-tools)");
        var output = await zbar.StandardOutput.ReadToEndAsync();
        await zbar.WaitForExitAsync();
        Assert.True(zbar.ExitCode == 0, $"zbarimg exit {zbar.ExitCode}: {await zbar.StandardError.ReadToEndAsync()}");
        return output.Trim();
    }
}
