using EdgeQueue.Simulation.Reporting.Imaging;
using EdgeQueue.Simulation.Tests.Support;
using EdgeQueue.Testing;
using QRCoder;

namespace EdgeQueue.Simulation.Tests.Reporting;

public sealed class PngEncoderTests
{
    [Fact]
    public void Encode_Raster_StartsWithSignatureAndHeader()
    {
        var png = PngEncoder.Encode(new Raster(3, 2, Rgb.White));

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(new byte[] { 0, 0, 0, 3, 0, 0, 0, 2 }, png[16..24]);
        Assert.Equal("IEND"u8.ToArray(), png[^8..^4]);
    }

    /// <summary>
    /// A real decoder reads our PNG: a QR code drawn into a raster and encoded by us is found by
    /// zbarimg (zbar-tools), which needs a valid signature, chunk CRCs and zlib stream.
    /// </summary>
    [Fact]
    public async Task Encode_QrCodeRaster_IsReadByZbarimg()
    {
        const string Url = "https://kolejka.example.pl/t/A017";
        using var generator = new QRCodeGenerator();
        var modules = generator.CreateQrCode(Url, QRCodeGenerator.ECCLevel.M).ModuleMatrix;
        const int Scale = 6;
        var raster = new Raster(modules.Count * Scale, modules.Count * Scale, Rgb.White);
        for (var y = 0; y < modules.Count; y++)
        {
            for (var x = 0; x < modules.Count; x++)
            {
                if (modules[y][x])
                {
                    raster.FillRectangle(x * Scale, y * Scale, Scale, Scale, Rgb.Black);
                }
            }
        }

        using var folder = new TempDirectory("png");
        var path = folder.File("qr.png");
        await File.WriteAllBytesAsync(path, PngEncoder.Encode(raster));

        var decoded = await Zbar.ScanAsync(path);

        Assert.Equal(Url, decoded.Trim());
    }
}
