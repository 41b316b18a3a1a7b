using System.Text;

namespace EdgeQueue.Hardware.Printing;

/// <summary>
/// Code page 852 (Latin-2, "PC852"), which ESC/POS printers select with ESC t 18 and which holds
/// every Polish letter. .NET ships it in <see cref="CodePagesEncodingProvider"/>, registered once.
/// </summary>
public static class Pc852
{
    /// <summary>The n of ESC t n that selects PC852 on Epson-compatible printers.</summary>
    public const byte EscPosCodeTable = 18;

    private static readonly Lazy<Encoding> Instance = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Characters outside the code page print as '?', never as a stray control byte.
        return Encoding.GetEncoding(852, new EncoderReplacementFallback("?"), new DecoderReplacementFallback("?"));
    });

    public static Encoding Encoding => Instance.Value;
}
