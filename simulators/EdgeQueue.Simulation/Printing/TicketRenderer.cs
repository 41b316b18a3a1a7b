using EdgeQueue.Simulation.Reporting.Imaging;
using QRCoder;

namespace EdgeQueue.Simulation.Printing;

/// <summary>
/// Draws what an 80 mm thermal printer (576 dots, 48 columns of font A) would have put on paper: each decoded
/// line in the 5×7 font at the size the ESC/POS stream asked for (double size for the ticket
/// number), centred or aligned as printed, and each QR code from QRCoder's module matrix of the
/// printed payload, so a phone (or zbarimg) can scan the picture.
/// </summary>
public static class TicketRenderer
{
    /// <summary>Dots across the picture: 576 printable dots of an 80 mm printer at 203 dpi, and a margin.</summary>
    public const int PaperWidth = 576 + (2 * Margin);

    private const int Margin = 12;
    private const int BaseScale = 2;
    private const int QrModulePixels = 5;
    private const int QrQuietModules = 4;

    public static Raster Render(EscPosDocument ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var blocks = new List<(int Height, Action<Raster, int> Draw)>();
        var qrByLine = ticket.QrCodes.ToLookup(q => q.LineIndex);
        for (var i = 0; i <= ticket.Lines.Count; i++)
        {
            foreach (var qr in qrByLine[i])
            {
                blocks.Add(QrBlock(qr));
            }

            if (i < ticket.Lines.Count)
            {
                blocks.Add(TextBlock(ticket.Lines[i]));
            }
        }

        var height = (Margin * 2) + blocks.Sum(b => b.Height);
        var raster = new Raster(PaperWidth, Math.Max(height, Margin * 2), Rgb.White);
        var y = Margin;
        foreach (var (blockHeight, draw) in blocks)
        {
            draw(raster, y);
            y += blockHeight;
        }

        return raster;
    }

    /// <summary>The ticket as plain text, one printed line per line, QR payloads marked.</summary>
    public static string ToText(EscPosDocument ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var lines = new List<string>();
        var qrByLine = ticket.QrCodes.ToLookup(q => q.LineIndex);
        for (var i = 0; i <= ticket.Lines.Count; i++)
        {
            lines.AddRange(qrByLine[i].Select(q => $"[QR {q.PayloadText}]"));
            if (i < ticket.Lines.Count)
            {
                lines.Add(ticket.Lines[i].Text);
            }
        }

        if (ticket.Cut != EscPosCut.None)
        {
            lines.Add("--- cut ---");
        }

        return string.Join('\n', lines) + "\n";
    }

    private static (int, Action<Raster, int>) TextBlock(EscPosLine line)
    {
        var text = line.Text.TrimEnd();
        // Magnified lines (the ticket number) get twice their printed size on top, so the number reads
        // at a glance in a thumbnail; everything else is drawn at the printed size.
        var magnification = Math.Max(1, Math.Max(line.Width, line.Height));
        var scale = BaseScale * magnification * (magnification > 1 ? 2 : 1);
        while (scale > 1 && BitmapFont.Measure(text, scale) > PaperWidth - (Margin * 2))
        {
            scale--;
        }

        var lineHeight = (BitmapFont.GlyphHeight + 3) * scale;
        return (lineHeight, (raster, y) =>
        {
            var width = BitmapFont.Measure(text, scale);
            var x = line.Align switch
            {
                EscPosAlign.Center => (PaperWidth - width) / 2,
                EscPosAlign.Right => PaperWidth - Margin - width,
                _ => Margin,
            };
            raster.DrawText(Math.Max(0, x), y + scale, text, Rgb.Black, scale);
            if (line.Bold)
            {
                raster.DrawText(Math.Max(0, x) + 1, y + scale, text, Rgb.Black, scale);
            }
        });
    }

    private static (int, Action<Raster, int>) QrBlock(EscPosQrCode qr)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(qr.Payload, Level(qr.ErrorCorrection));
        var modules = data.ModuleMatrix;

        // QRCoder's matrix already carries a 4-module quiet zone on every side.
        var size = modules.Count;
        var pixels = size * QrModulePixels;
        var copy = modules.Select(row => row.Cast<bool>().ToArray()).ToArray();
        return (pixels + (QrQuietModules * 2), (raster, y) =>
        {
            var left = (PaperWidth - pixels) / 2;
            for (var r = 0; r < size; r++)
            {
                for (var c = 0; c < size; c++)
                {
                    if (copy[r][c])
                    {
                        raster.FillRectangle(left + (c * QrModulePixels), y + (r * QrModulePixels), QrModulePixels, QrModulePixels, Rgb.Black);
                    }
                }
            }
        });
    }

    private static QRCodeGenerator.ECCLevel Level(char errorCorrection) => errorCorrection switch
    {
        'L' => QRCodeGenerator.ECCLevel.L,
        'Q' => QRCodeGenerator.ECCLevel.Q,
        'H' => QRCodeGenerator.ECCLevel.H,
        _ => QRCodeGenerator.ECCLevel.M,
    };
}
