using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Security;

/// <summary>
/// Access control lists in the manner of Mosquitto's acl_file: rules for anonymous clients, rules
/// per user name, and pattern rules for everybody with %u (user name) and %c (client id)
/// substituted. Anything no rule grants is denied.
/// </summary>
public sealed class AclAuthorizer : IMqttAuthorizer
{
    private readonly IReadOnlyList<AclRule> _anonymousRules;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<AclRule>> _userRules;
    private readonly IReadOnlyList<AclRule> _patterns;

    public AclAuthorizer(
        IReadOnlyList<AclRule> anonymousRules,
        IReadOnlyDictionary<string, IReadOnlyList<AclRule>> userRules,
        IReadOnlyList<AclRule> patterns)
    {
        ArgumentNullException.ThrowIfNull(anonymousRules);
        ArgumentNullException.ThrowIfNull(userRules);
        ArgumentNullException.ThrowIfNull(patterns);
        foreach (var rule in anonymousRules.Concat(userRules.Values.SelectMany(r => r)).Concat(patterns))
        {
            MqttTopic.ValidateFilter(rule.Topic);
        }

        _anonymousRules = anonymousRules;
        _userRules = userRules;
        _patterns = patterns;
    }

    public IMqttClientPermissions GetPermissions(MqttClientIdentity client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var read = new List<string>();
        var write = new List<string>();
        var direct = client.Username is null
            ? _anonymousRules
            : _userRules.GetValueOrDefault(client.Username) ?? [];
        foreach (var rule in direct)
        {
            Add(rule, rule.Topic, read, write);
        }

        foreach (var rule in _patterns)
        {
            if (Substitute(rule.Topic, client) is { } topic)
            {
                Add(rule, topic, read, write);
            }
        }

        return new Permissions([.. read], [.. write]);
    }

    private static void Add(AclRule rule, string topic, List<string> read, List<string> write)
    {
        if (rule.Access.HasFlag(AclAccess.Read))
        {
            read.Add(topic);
        }

        if (rule.Access.HasFlag(AclAccess.Write))
        {
            write.Add(topic);
        }
    }

    /// <summary>
    /// Null when the pattern needs a value the client lacks (no user name) or one that would change
    /// the pattern's shape (a user name or client id holding '/', '+' or '#').
    /// </summary>
    private static string? Substitute(string pattern, MqttClientIdentity client)
    {
        var topic = pattern;
        if (topic.Contains("%u", StringComparison.Ordinal))
        {
            if (!IsSafeLevelText(client.Username))
            {
                return null;
            }

            topic = topic.Replace("%u", client.Username, StringComparison.Ordinal);
        }

        if (topic.Contains("%c", StringComparison.Ordinal))
        {
            if (!IsSafeLevelText(client.ClientId))
            {
                return null;
            }

            topic = topic.Replace("%c", client.ClientId, StringComparison.Ordinal);
        }

        return topic;
    }

    private static bool IsSafeLevelText(string? value) =>
        !string.IsNullOrEmpty(value) && value.AsSpan().IndexOfAny('/', '+', '#') < 0;

    private sealed class Permissions(string[] read, string[] write) : IMqttClientPermissions
    {
        public bool CanPublish(string topic)
        {
            foreach (var filter in write)
            {
                if (TopicMatcher.Matches(filter, topic))
                {
                    return true;
                }
            }

            return false;
        }

        public bool CanRead(string topic)
        {
            foreach (var filter in read)
            {
                if (TopicMatcher.Matches(filter, topic))
                {
                    return true;
                }
            }

            return false;
        }

        public bool CanSubscribe(string topicFilter)
        {
            foreach (var filter in read)
            {
                if (TopicFilterCoverage.Covers(filter, topicFilter))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
