using QRCoder;

namespace EdgeQueue.Central.Documents;

/// <summary>QR codes as PNG bytes (pure managed: QRCoder's PNG writer, no System.Drawing).</summary>
public static class QrCodeImages
{
    /// <param name="pixelsPerModule">Module size; 8 prints well on a sticker and scans from a phone screen.</param>
    public static byte[] Png(string text, int pixelsPerModule = 8)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    public static string PngDataUri(string text, int pixelsPerModule = 8) =>
        "data:image/png;base64," + Convert.ToBase64String(Png(text, pixelsPerModule));
}
