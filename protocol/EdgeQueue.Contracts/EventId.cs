using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace EdgeQueue.Contracts;

/// <summary>
/// A device event id <c>{deviceId}.{bootId}.{seq}</c>: the boot id (hex, new at every boot) and the
/// sequence make it unique for ever, which is what lets the hub answer a retransmission with the
/// stored result instead of acting twice (DESIGN.md §5 rule 2).
/// </summary>
public readonly record struct EventId(DeviceId Device, string BootId, long Sequence)
{
    public static EventId Parse(string text) =>
        TryParse(text, out var id, out var error) ? id : throw new FormatException(error);

    public static bool TryParse(string? text, out EventId id, [NotNullWhen(false)] out string? error)
    {
        id = default;
        var parts = (text ?? string.Empty).Split('.');
        if (parts.Length != 3)
        {
            error = $"event id '{text}' is not {{deviceId}}.{{bootId}}.{{seq}}";
            return false;
        }

        if (!DeviceId.TryParse(parts[0], out var device, out error))
        {
            error = $"event id '{text}': {error}";
            return false;
        }

        if (parts[1].Length is < 1 or > 16 || !parts[1].All(char.IsAsciiHexDigit))
        {
            error = $"event id '{text}': boot id must be 1 to 16 hex digits";
            return false;
        }

        if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var seq))
        {
            error = $"event id '{text}': sequence must be a whole number";
            return false;
        }

        id = new EventId(device, parts[1], seq);
        error = null;
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Device}.{BootId}.{Sequence}");
}
