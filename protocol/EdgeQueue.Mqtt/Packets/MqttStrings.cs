using System.Text;
using System.Text.Unicode;

namespace EdgeQueue.Mqtt.Packets;

/// <summary>The UTF-8 string rules of §1.5.3: well-formed, no U+0000, at most 65,535 bytes.</summary>
public static class MqttStrings
{
    public const int MaxByteLength = ushort.MaxValue;

    /// <summary>Throws on lone surrogates instead of silently writing U+FFFD.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Number of UTF-8 bytes of a string that is valid for MQTT; throws otherwise.</summary>
    public static int GetValidatedByteCount(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidUtf8String, $"{what} contains U+0000");
        }

        int count;
        try
        {
            count = Strict.GetByteCount(value);
        }
        catch (EncoderFallbackException e)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidUtf8String, $"{what} is not well-formed Unicode: {e.Message}");
        }

        return count <= MaxByteLength
            ? count
            : throw new MqttProtocolException(MqttProtocolError.InvalidUtf8String, $"{what} is {count} bytes long in UTF-8; MQTT allows {MaxByteLength}");
    }

    /// <summary>Decodes bytes read from the wire, enforcing the MQTT rules.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8, string what)
    {
        if (!Utf8.IsValid(utf8))
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidUtf8String, $"{what} is not well-formed UTF-8");
        }

        if (utf8.Contains((byte)0))
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidUtf8String, $"{what} contains U+0000");
        }

        return Encoding.UTF8.GetString(utf8);
    }

    internal static int Encode(string value, Span<byte> destination) => Encoding.UTF8.GetBytes(value, destination);
}
