using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Whether every topic a subscription filter can match is also matched by an ACL filter, so that
/// granting the subscription cannot leak a message the ACL does not allow the client to read.
/// A wildcard in the subscription is covered only by the same or a wider wildcard in the ACL.
/// </summary>
public static class TopicFilterCoverage
{
    public static bool Covers(ReadOnlySpan<char> aclFilter, ReadOnlySpan<char> subscriptionFilter)
    {
        // "#" or "+/..." in an ACL never reaches "$" topics, just as in matching.
        if (subscriptionFilter.Length > 0 && subscriptionFilter[0] == '$' && aclFilter.Length > 0
            && aclFilter[0] is MqttTopic.SingleLevelWildcard or MqttTopic.MultiLevelWildcard)
        {
            return false;
        }

        while (true)
        {
            var aclEnd = aclFilter.IndexOf(MqttTopic.LevelSeparator);
            var aclLevel = aclEnd < 0 ? aclFilter : aclFilter[..aclEnd];
            if (aclLevel is [MqttTopic.MultiLevelWildcard])
            {
                return true;
            }

            var subEnd = subscriptionFilter.IndexOf(MqttTopic.LevelSeparator);
            var subLevel = subEnd < 0 ? subscriptionFilter : subscriptionFilter[..subEnd];
            if (subLevel is [MqttTopic.MultiLevelWildcard])
            {
                return false;
            }

            var levelCovered = aclLevel is [MqttTopic.SingleLevelWildcard] || aclLevel.SequenceEqual(subLevel);
            if (!levelCovered)
            {
                return false;
            }

            if (aclEnd < 0)
            {
                return subEnd < 0;
            }

            if (subEnd < 0)
            {
                // The subscription stops here; "a/#" in the ACL covers "a" itself.
                return aclFilter[(aclEnd + 1)..] is [MqttTopic.MultiLevelWildcard];
            }

            aclFilter = aclFilter[(aclEnd + 1)..];
            subscriptionFilter = subscriptionFilter[(subEnd + 1)..];
        }
    }
}
