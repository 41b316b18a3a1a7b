using System.Collections.Concurrent;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Routing;

/// <summary>
/// The last retained message of each topic. A retained message with an empty payload clears the
/// topic (§3.3.1.3). New subscriptions scan the store; a hall keeps a few hundred retained topics,
/// so a scan is cheaper than keeping a second tree in step.
/// </summary>
public sealed class RetainedMessageStore
{
    private readonly ConcurrentDictionary<string, BrokerMessage> _messages = new(StringComparer.Ordinal);

    private long _version;

    public int Count => _messages.Count;

    /// <summary>Grows with every change, so a saver can tell whether there is anything new to write.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>Stores or (for an empty payload) clears the topic's retained message.</summary>
    public void Set(BrokerMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Payload.IsEmpty)
        {
            _messages.TryRemove(message.Topic, out _);
        }
        else
        {
            _messages[message.Topic] = message;
        }

        Interlocked.Increment(ref _version);
    }

    public BrokerMessage? Get(string topic) => _messages.GetValueOrDefault(topic);

    /// <summary>Retained messages whose topic the filter matches, in topic order so delivery is predictable.</summary>
    public IReadOnlyList<BrokerMessage> Match(string topicFilter)
    {
        ArgumentNullException.ThrowIfNull(topicFilter);
        if (topicFilter.AsSpan().IndexOfAny(MqttTopic.SingleLevelWildcard, MqttTopic.MultiLevelWildcard) < 0)
        {
            return Get(topicFilter) is { } exact ? [exact] : [];
        }

        var found = new List<BrokerMessage>();
        foreach (var (topic, message) in _messages)
        {
            if (TopicMatcher.Matches(topicFilter, topic))
            {
                found.Add(message);
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Topic, b.Topic));
        return found;
    }

    /// <summary>A copy of every retained message, for persistence.</summary>
    public IReadOnlyList<BrokerMessage> Snapshot() => [.. _messages.Values];
}
