using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EdgeQueue.Contracts;

/// <summary>
/// A device event id <c>{deviceId}.{bootId}.{seq}</c>: the boot id (hex, new at every boot) and the
/// sequence make it unique for ever, which is what lets the hub answer a retransmission with the
/// stored result instead of acting twice (DESIGN.md §5 rule 2).
/// </summary>
/// <remarks>
/// The hub compares ids as text, so each (device, boot, sequence) has exactly one accepted spelling
/// (<see cref="Rule"/>, protocol/golden/rules/event-ids.json); any other spelling is refused rather
/// than read as a new event (<c>disp-02.beef.01</c>, <c>disp-02.BEEF.1</c>, <c>disp-02.0beef.1</c>
/// and <c>disp-02.beef.1\0</c> would otherwise each be one more ticket).
/// </remarks>
public readonly record struct EventId(DeviceId Device, string BootId, long Sequence)
{
    /// <summary>The canonical form, in words, for error messages and documentation.</summary>
    public const string Rule =
        "{deviceId}.{bootId}.{seq} in ASCII: the device id as written in the site file (disp-01), the boot id as 1 to 16 "
        + "lowercase hex digits without leading zeros, the sequence as a decimal number without sign or leading zeros";

    private const int MaxBootDigits = 16;
    private const int MaxSequenceDigits = 19;

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdef");
    private static readonly SearchValues<char> DecimalDigits = SearchValues.Create("0123456789");

    public static EventId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    /// <summary>Reads an id in its canonical form only; anything else is refused with the reason.</summary>
    public static bool TryParse(string? text, out EventId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        text ??= string.Empty;
        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            error = $"event id '{Printable(text)}' is not {{deviceId}}.{{bootId}}.{{seq}}";
            return false;
        }

        if (!DeviceId.TryParse(parts[0], out var device, out error))
        {
            error = $"event id '{Printable(text)}': {error}";
            return false;
        }

        if (!string.Equals(device.ToString(), parts[0], StringComparison.Ordinal))
        {
            error = $"event id '{Printable(text)}': device id must be written {device}";
            return false;
        }

        if (!IsCanonicalNumber(parts[1], HexDigits, MaxBootDigits))
        {
            error = $"event id '{Printable(text)}': boot id must be 1 to {MaxBootDigits} lowercase hex digits without leading zeros";
            return false;
        }

        if (!IsCanonicalNumber(parts[2], DecimalDigits, MaxSequenceDigits)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            error = $"event id '{Printable(text)}': sequence must be a whole number without sign or leading zeros";
            return false;
        }

        id = new EventId(device, parts[1], seq);
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Device}.{BootId}.{Sequence}");

    /// <summary>Digits from <paramref name="digits"/> only, at most <paramref name="maxLength"/>, no leading zero unless it is "0".</summary>
    private static bool IsCanonicalNumber(string text, SearchValues<char> digits, int maxLength) =>
        text.Length >= 1 && text.Length <= maxLength
        && text.AsSpan().IndexOfAnyExcept(digits) < 0
        && (text.Length == 1 || text[0] != '0');

    /// <summary>The id as it can be shown in a log line or a reply: control characters as \uXXXX.</summary>
    private static string Printable(string text) =>
        !text.Any(char.IsControl)
            ? text
            : string.Concat(text.Select(c => char.IsControl(c) ? string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}") : c.ToString()));
}
