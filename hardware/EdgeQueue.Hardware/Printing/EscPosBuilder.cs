using System.Text;

namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// Appends ESC/POS commands (Epson command reference) to a byte buffer. It knows the bytes, not the
/// ticket: <see cref="EscPosTicketEncoder"/> decides the layout.
/// </summary>
public sealed class EscPosBuilder
{
    public const byte Esc = 0x1B;
    public const byte Gs = 0x1D;
    public const byte Dle = 0x10;
    public const byte Eot = 0x04;
    public const byte Lf = 0x0A;

    /// <summary>The largest QR payload GS ( k fn 180 accepts (model 2, numeric data limit of version 40).</summary>
    public const int MaxQrPayloadBytes = 7089;

    private readonly List<byte> _bytes = new(512);
    private readonly Encoding _text;

    public EscPosBuilder(Encoding text) => _text = text;

    /// <summary>ESC @: clears the buffer and resets modes to the power-on defaults.</summary>
    public EscPosBuilder Initialize() => Add(Esc, (byte)'@');

    /// <summary>ESC t n: selects the character code table.</summary>
    public EscPosBuilder CodeTable(byte table) => Add(Esc, (byte)'t', table);

    /// <summary>ESC a n.</summary>
    public EscPosBuilder Align(EscPosAlignment alignment) => Add(Esc, (byte)'a', (byte)alignment);

    /// <summary>ESC E n: emphasized (bold) on or off.</summary>
    public EscPosBuilder Bold(bool on) => Add(Esc, (byte)'E', on ? (byte)1 : (byte)0);

    /// <summary>GS ! n: character width and height magnification, each 1..8.</summary>
    public EscPosBuilder Size(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 8);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(height, 8);
        return Add(Gs, (byte)'!', (byte)(((width - 1) << 4) | (height - 1)));
    }

    /// <summary>Text in the selected code page followed by LF. Control characters become spaces so
    /// text from configuration can never smuggle a command to the printer.</summary>
    public EscPosBuilder Line(string text)
    {
        _bytes.AddRange(_text.GetBytes(Printable(text)));
        return Add(Lf);
    }

    /// <summary>The text with every control character replaced by a space.</summary>
    public static string Printable(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });

    /// <summary>ESC d n: prints the buffer and feeds n lines.</summary>
    public EscPosBuilder Feed(byte lines) => Add(Esc, (byte)'d', lines);

    /// <summary>GS ( k fn 165: selects the QR model (2 = model 2).</summary>
    public EscPosBuilder QrModel2() => QrFunction(0x41, 50, 0);

    /// <summary>GS ( k fn 167: module (dot) size, 1..16.</summary>
    public EscPosBuilder QrModuleSize(byte dots)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dots, (byte)1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dots, (byte)16);
        return QrFunction(0x43, dots);
    }

    /// <summary>GS ( k fn 169: error correction level.</summary>
    public EscPosBuilder QrErrorCorrectionLevel(QrErrorCorrection level) => QrFunction(0x45, (byte)level);

    /// <summary>GS ( k fn 180: stores the symbol data (m = 48).</summary>
    public EscPosBuilder QrStore(ReadOnlySpan<byte> payload)
    {
        if (payload.Length is 0 or > MaxQrPayloadBytes)
        {
            throw new ArgumentException($"A QR payload must be 1..{MaxQrPayloadBytes} bytes, not {payload.Length}.", nameof(payload));
        }

        var length = payload.Length + 3;
        Add(Gs, (byte)'(', (byte)'k', (byte)(length & 0xFF), (byte)(length >> 8), 0x31, 0x50, 0x30);
        _bytes.AddRange(payload);
        return this;
    }

    /// <summary>GS ( k fn 181: prints the stored symbol.</summary>
    public EscPosBuilder QrPrint() => QrFunction(0x51, 0x30);

    /// <summary>GS V 66 n: feeds n dots past the cutter and cuts leaving one point (partial cut).</summary>
    public EscPosBuilder FeedAndPartialCut(byte dots) => Add(Gs, (byte)'V', 66, dots);

    public byte[] ToArray() => [.. _bytes];

    private EscPosBuilder QrFunction(byte function, params ReadOnlySpan<byte> parameters)
    {
        var length = parameters.Length + 2;
        Add(Gs, (byte)'(', (byte)'k', (byte)length, 0, 0x31, function);
        _bytes.AddRange(parameters);
        return this;
    }

    private EscPosBuilder Add(params ReadOnlySpan<byte> bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }
}
