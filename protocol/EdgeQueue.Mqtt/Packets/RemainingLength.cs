namespace EdgeQueue.Mqtt.Packets;

/// <summary>The variable-length "remaining length" of the fixed header (§2.2.3): 1 to 4 bytes.</summary>
public static class RemainingLength
{
    public const int MaxValue = 268_435_455;
    public const int MaxBytes = 4;

    public static int GetSize(int value) => value switch
    {
        < 0 or > MaxValue => throw new ArgumentOutOfRangeException(nameof(value), value, $"remaining length must be 0..{MaxValue}"),
        < 128 => 1,
        < 16_384 => 2,
        < 2_097_152 => 3,
        _ => 4,
    };

    public static int Write(int value, Span<byte> destination)
    {
        var size = GetSize(value);
        for (var i = 0; i < size; i++)
        {
            var digit = (byte)(value % 128);
            value /= 128;
            destination[i] = value > 0 ? (byte)(digit | 0x80) : digit;
        }

        return size;
    }

    /// <summary>
    /// Reads the value from the bytes after the first header byte. False when more bytes are needed;
    /// throws when a fourth byte still has its continuation bit set.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out int value, out int size)
    {
        value = 0;
        var multiplier = 1;
        for (var i = 0; i < MaxBytes; i++)
        {
            if (i >= source.Length)
            {
                size = 0;
                return false;
            }

            var b = source[i];
            value += (b & 0x7F) * multiplier;
            if ((b & 0x80) == 0)
            {
                size = i + 1;
                return true;
            }

            multiplier *= 128;
        }

        throw new MqttProtocolException(MqttProtocolError.MalformedRemainingLength, "remaining length uses more than 4 bytes");
    }
}
