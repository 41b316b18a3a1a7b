namespace EdgeQueue.Mqtt.Packets;

/// <summary>
/// Whether a topic filter matches a topic name (§4.7). Both are assumed valid. Wildcards at the
/// first level never match names starting with '$' (§4.7.2). Allocation-free.
/// </summary>
public static class TopicMatcher
{
    public static bool Matches(ReadOnlySpan<char> filter, ReadOnlySpan<char> name)
    {
        if (MqttTopic.IsSystemTopic(name) && filter.Length > 0
            && filter[0] is MqttTopic.SingleLevelWildcard or MqttTopic.MultiLevelWildcard)
        {
            return false;
        }

        while (true)
        {
            var filterEnd = filter.IndexOf(MqttTopic.LevelSeparator);
            var filterLevel = filterEnd < 0 ? filter : filter[..filterEnd];
            if (filterLevel is [MqttTopic.MultiLevelWildcard])
            {
                // "#" also matches the parent level: "a/#" matches "a".
                return true;
            }

            var nameEnd = name.IndexOf(MqttTopic.LevelSeparator);
            var nameLevel = nameEnd < 0 ? name : name[..nameEnd];
            if (filterLevel is not [MqttTopic.SingleLevelWildcard] && !filterLevel.SequenceEqual(nameLevel))
            {
                return false;
            }

            if (filterEnd < 0)
            {
                return nameEnd < 0;
            }

            if (nameEnd < 0)
            {
                return filter[(filterEnd + 1)..] is [MqttTopic.MultiLevelWildcard];
            }

            filter = filter[(filterEnd + 1)..];
            name = name[(nameEnd + 1)..];
        }
    }
}
