using System.Text;

namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// Checks a topic before it is queued. MQTTnet rejects wildcards in a name; a broker also closes the
/// connection for U+0000 or text that is not valid UTF-8, and a queued message it refuses that way
/// would be resent on every reconnect, so the link refuses it up front with a clear reason.
/// </summary>
internal static class TopicRules
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void ThrowIfInvalidName(string topic)
    {
        ThrowIfInvalidText(topic, "topic name");
        if (topic.AsSpan().IndexOfAny('+', '#') >= 0)
        {
            throw new ArgumentException($"topic name '{topic}' holds a wildcard ('+' or '#'), which only subscriptions may use", nameof(topic));
        }
    }

    public static void ThrowIfInvalidFilter(string filter)
    {
        ThrowIfInvalidText(filter, "topic filter");
        var levels = filter.Split('/');
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            var wildcard = level is "+" or "#";
            if (!wildcard && level.AsSpan().IndexOfAny('+', '#') >= 0 || level == "#" && i != levels.Length - 1)
            {
                throw new ArgumentException($"topic filter '{filter}': '+' and '#' must fill a whole level, and '#' must be the last", nameof(filter));
            }
        }
    }

    private static void ThrowIfInvalidText(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            throw new ArgumentException($"the {what} is empty", nameof(text));
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException($"the {what} '{text.Replace("\0", "\\0", StringComparison.Ordinal)}' holds U+0000, which MQTT forbids", nameof(text));
        }

        int bytes;
        try
        {
            bytes = StrictUtf8.GetByteCount(text);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException($"the {what} is not valid UTF-8 (a lone surrogate)", nameof(text), e);
        }

        if (bytes > ushort.MaxValue)
        {
            throw new ArgumentException($"the {what} is {bytes} bytes long; MQTT allows 65,535", nameof(text));
        }
    }
}
