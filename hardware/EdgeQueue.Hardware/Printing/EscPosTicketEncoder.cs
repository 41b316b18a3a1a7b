using System.Globalization;
using System.Text;

namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// Lays out a <see cref="TicketReceipt"/> as ESC/POS bytes: PC852 text for Polish letters, a bold
/// magnified number, a native QR code of the e-ticket address and a partial cut.
/// </summary>
public sealed class EscPosTicketEncoder
{
    // Whole numbers and a fixed dd.MM.yyyy HH:mm pattern print the same in every culture; the
    // invariant one needs no ICU data, so the hub can run with invariant globalization (memory).
    private static readonly CultureInfo Digits = CultureInfo.InvariantCulture;
    private readonly EscPosTicketOptions _options;

    public EscPosTicketEncoder(EscPosTicketOptions? options = null)
    {
        _options = options ?? EscPosTicketOptions.Paper80mm;
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.Columns, 16);
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.NumberMagnification, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.NumberMagnification, 8);
    }

    /// <summary>Encodes one ticket; throws <see cref="ArgumentException"/> when the receipt cannot be printed.</summary>
    public byte[] Encode(TicketReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        Validate(receipt);
        var columns = _options.Columns;
        var p = new EscPosBuilder(Pc852.Encoding)
            .Initialize()
            .CodeTable(_options.CodeTable)
            .Align(EscPosAlignment.Center)
            .Bold(true);
        WrapLines(p, receipt.SiteName, columns);
        p.Bold(false);
        if (!string.IsNullOrWhiteSpace(receipt.HallName))
        {
            WrapLines(p, receipt.HallName, columns);
        }

        p.Line(string.Empty)
            .Line("Twój numer")
            .Bold(true)
            .Size(_options.NumberMagnification, _options.NumberMagnification)
            .Line(receipt.TicketNumber)
            .Size(1, 1);
        WrapLines(p, receipt.MatterName, columns);
        p.Bold(false)
            .Line(string.Empty)
            .Align(EscPosAlignment.Left)
            .Line($"Osób w kolejce przed Tobą: {receipt.PeopleWaiting.ToString(Digits)}")
            .Line(receipt.EstimatedWaitMinutes is { } minutes
                ? $"Przewidywany czas oczekiwania: ok. {minutes.ToString(Digits)} min"
                : "Przewidywany czas oczekiwania: nieznany")
            .Line($"Wydano: {receipt.IssuedAt.ToString("dd.MM.yyyy HH:mm", Digits)}")
            .Line(string.Empty)
            .Align(EscPosAlignment.Center)
            .QrModel2()
            .QrModuleSize(_options.QrModuleSize)
            .QrErrorCorrectionLevel(_options.QrErrorCorrection)
            .QrStore(Encoding.ASCII.GetBytes(receipt.ETicketUrl.AbsoluteUri))
            .QrPrint()
            .Line("Zeskanuj kod, aby śledzić kolejkę");
        if (!string.IsNullOrWhiteSpace(receipt.Footer))
        {
            p.Line(string.Empty);
            WrapLines(p, receipt.Footer, columns);
        }

        return p.FeedAndPartialCut(_options.FeedBeforeCutDots).ToArray();
    }

    private static void Validate(TicketReceipt receipt)
    {
        if (string.IsNullOrWhiteSpace(receipt.TicketNumber))
        {
            throw new ArgumentException("The ticket number is empty.", nameof(receipt));
        }

        if (receipt.PeopleWaiting < 0 || receipt.EstimatedWaitMinutes < 0)
        {
            throw new ArgumentException(
                $"People waiting ({receipt.PeopleWaiting}) and estimated wait ({receipt.EstimatedWaitMinutes} min) cannot be negative.",
                nameof(receipt));
        }

        if (!receipt.ETicketUrl.IsAbsoluteUri || receipt.ETicketUrl.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"The e-ticket address '{receipt.ETicketUrl}' is not an absolute http(s) URL.", nameof(receipt));
        }

        // AbsoluteUri is already percent-encoded ASCII; the limit keeps the QR symbol printable.
        if (receipt.ETicketUrl.AbsoluteUri.Length > 1000)
        {
            throw new ArgumentException(
                $"The e-ticket address is {receipt.ETicketUrl.AbsoluteUri.Length} characters; at most 1000 fit a readable ticket QR code.",
                nameof(receipt));
        }
    }

    /// <summary>Word-wraps to the paper width; a word longer than a line is split.</summary>
    private static void WrapLines(EscPosBuilder p, string text, int columns)
    {
        var line = new StringBuilder(columns);
        foreach (var word in EscPosBuilder.Printable(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = word.AsSpan();
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? columns : columns - line.Length - 1;
                if (rest.Length <= room)
                {
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                    }

                    line.Append(rest);
                    rest = [];
                }
                else if (line.Length > 0)
                {
                    p.Line(line.ToString());
                    line.Clear();
                }
                else
                {
                    p.Line(rest[..columns].ToString());
                    rest = rest[columns..];
                }
            }
        }

        if (line.Length > 0)
        {
            p.Line(line.ToString());
        }
    }
}
