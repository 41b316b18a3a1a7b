namespace EdgeQueue.Mqtt.Packets;

/// <summary>Topic name and topic filter rules of §4.7.</summary>
public static class MqttTopic
{
    public const char LevelSeparator = '/';
    public const char SingleLevelWildcard = '+';
    public const char MultiLevelWildcard = '#';

    /// <summary>A topic name a PUBLISH may carry: not empty, no wildcards, valid UTF-8.</summary>
    public static bool IsValidName(string? topic) => topic is not null && NameProblem(topic) is null && IsValidString(topic);

    /// <summary>A topic filter a SUBSCRIBE may carry.</summary>
    public static bool IsValidFilter(string? filter) => filter is not null && FilterProblem(filter) is null && IsValidString(filter);

    public static void ValidateName(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (NameProblem(topic) is { } problem)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidTopicName, $"topic name '{topic}' {problem}");
        }
    }

    public static void ValidateFilter(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (FilterProblem(filter) is { } problem)
        {
            throw new MqttProtocolException(MqttProtocolError.InvalidTopicFilter, $"topic filter '{filter}' {problem}");
        }
    }

    /// <summary>True for topics starting with '$', which wildcards at the first level never match (§4.7.2).</summary>
    public static bool IsSystemTopic(ReadOnlySpan<char> topic) => topic.Length > 0 && topic[0] == '$';

    private static string? NameProblem(string topic)
    {
        if (topic.Length == 0)
        {
            return "is empty";
        }

        return topic.AsSpan().IndexOfAny(SingleLevelWildcard, MultiLevelWildcard) >= 0
            ? "contains a wildcard (+ or #), which only topic filters may use"
            : null;
    }

    private static string? FilterProblem(string filter)
    {
        if (filter.Length == 0)
        {
            return "is empty";
        }

        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            var startsLevel = i == 0 || filter[i - 1] == LevelSeparator;
            var endsLevel = i == filter.Length - 1 || filter[i + 1] == LevelSeparator;
            if (c == SingleLevelWildcard && !(startsLevel && endsLevel))
            {
                return "uses + inside a level; + must stand alone between separators";
            }

            if (c == MultiLevelWildcard && !(startsLevel && i == filter.Length - 1))
            {
                return "uses # other than as the whole last level";
            }
        }

        return null;
    }

    private static bool IsValidString(string value)
    {
        try
        {
            MqttStrings.GetValidatedByteCount(value, "topic");
            return true;
        }
        catch (MqttProtocolException)
        {
            return false;
        }
    }
}
