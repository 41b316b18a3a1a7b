using System.Collections.Concurrent;

namespace EdgeQueue.Mqtt.Broker.Routing;

/// <summary>
/// Topic filters indexed level by level, so routing a PUBLISH walks only the branches its topic
/// can reach instead of testing every subscription. Reads are lock-free (children live in
/// concurrent dictionaries looked up by span, subscriber lists are replaced copy-on-write);
/// subscribe and unsubscribe are rare and serialise on one lock.
/// </summary>
/// <typeparam name="TSubscriber">Who receives matches; compared by reference.</typeparam>
public sealed class SubscriptionTree<TSubscriber>
    where TSubscriber : class
{
    private readonly Node _root = new(null, string.Empty);
    private readonly Lock _writeGate = new();
    private int _count;

    /// <summary>Number of (subscriber, filter) pairs.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Adds or replaces the subscriber's subscription to <paramref name="filter"/>.</summary>
    /// <returns>True when it is new, false when an existing one got its QoS replaced.</returns>
    public bool Add(TSubscriber subscriber, string filter, byte qos)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentException.ThrowIfNullOrEmpty(filter);
        lock (_writeGate)
        {
            var node = _root;
            foreach (var level in filter.Split('/'))
            {
                node = node.GetOrAddChild(level);
            }

            var current = node.Subscribers;
            for (var i = 0; i < current.Length; i++)
            {
                if (ReferenceEquals(current[i].Subscriber, subscriber))
                {
                    var replaced = (Subscription<TSubscriber>[])current.Clone();
                    replaced[i] = new Subscription<TSubscriber>(subscriber, qos);
                    node.Subscribers = replaced;
                    return false;
                }
            }

            node.Subscribers = [.. current, new Subscription<TSubscriber>(subscriber, qos)];
            _count++;
            return true;
        }
    }

    /// <summary>Removes the subscriber's subscription to exactly <paramref name="filter"/>.</summary>
    public bool Remove(TSubscriber subscriber, string filter)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        ArgumentException.ThrowIfNullOrEmpty(filter);
        lock (_writeGate)
        {
            var node = _root;
            foreach (var level in filter.Split('/'))
            {
                node = node.FindChild(level);
                if (node is null)
                {
                    return false;
                }
            }

            var current = node.Subscribers;
            var index = Array.FindIndex(current, s => ReferenceEquals(s.Subscriber, subscriber));
            if (index < 0)
            {
                return false;
            }

            node.Subscribers = current.Length == 1 ? [] : [.. current[..index], .. current[(index + 1)..]];
            _count--;
            node.PruneIfEmpty();
            return true;
        }
    }

    /// <summary>
    /// Adds to <paramref name="matches"/> every subscription whose filter matches
    /// <paramref name="topic"/>, one per subscriber with the highest QoS among its matching
    /// filters (MQTT 3.1.1 §3.3.5). Wildcards at the first level never match topics starting with '$'.
    /// </summary>
    public void Match(string topic, List<Subscription<TSubscriber>> matches)
    {
        ArgumentNullException.ThrowIfNull(topic);
        ArgumentNullException.ThrowIfNull(matches);
        var first = matches.Count;
        var dollar = topic.Length > 0 && topic[0] == '$';
        Walk(_root, topic, 0, dollar, matches);
        RemoveDuplicates(matches, first);
    }

    private static void Walk(Node node, string topic, int start, bool wildcardBlocked,
        List<Subscription<TSubscriber>> matches)
    {
        if (start < 0)
        {
            // Every level consumed: this node's own filters match, and so does "x/#" for topic "x".
            matches.AddRange(node.Subscribers);
            if (node.MultiLevel is { } parentHash)
            {
                matches.AddRange(parentHash.Subscribers);
            }

            return;
        }

        if (!wildcardBlocked && node.MultiLevel is { } hash)
        {
            matches.AddRange(hash.Subscribers);
        }

        var slash = topic.IndexOf('/', start);
        var level = slash < 0 ? topic.AsSpan(start) : topic.AsSpan(start, slash - start);
        var next = slash < 0 ? -1 : slash + 1;
        if (node.FindChild(level) is { } literal)
        {
            Walk(literal, topic, next, false, matches);
        }

        if (!wildcardBlocked && node.SingleLevel is { } plus)
        {
            Walk(plus, topic, next, false, matches);
        }
    }

    private static void RemoveDuplicates(List<Subscription<TSubscriber>> matches, int first)
    {
        if (matches.Count - first < 2)
        {
            return;
        }

        // Overlapping filters of one subscriber are rare and few: a quadratic pass beats a set.
        for (var i = first; i < matches.Count; i++)
        {
            for (var j = matches.Count - 1; j > i; j--)
            {
                if (ReferenceEquals(matches[i].Subscriber, matches[j].Subscriber))
                {
                    if (matches[j].Qos > matches[i].Qos)
                    {
                        matches[i] = matches[j];
                    }

                    matches.RemoveAt(j);
                }
            }
        }
    }

    private sealed class Node
    {
        private readonly Node? _parent;
        private readonly string _level;
        private readonly ConcurrentDictionary<string, Node> _children = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        public Node(Node? parent, string level)
        {
            _parent = parent;
            _level = level;
            _bySpan = _children.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Subscription<TSubscriber>[] Subscribers { get; set; } = [];

        public Node? SingleLevel { get; private set; }

        public Node? MultiLevel { get; private set; }

        public Node? FindChild(ReadOnlySpan<char> name) => _bySpan.TryGetValue(name, out var child) ? child : null;

        public Node? FindChild(string name) => name switch
        {
            "+" => SingleLevel,
            "#" => MultiLevel,
            _ => _children.GetValueOrDefault(name),
        };

        public Node GetOrAddChild(string name) => name switch
        {
            "+" => SingleLevel ??= new Node(this, name),
            "#" => MultiLevel ??= new Node(this, name),
            _ => _children.GetOrAdd(name, static (n, parent) => new Node(parent, n), this),
        };

        /// <summary>Drops empty branches so a broker that saw many clients does not keep their nodes.</summary>
        public void PruneIfEmpty()
        {
            var node = this;
            while (node._parent is { } up && node.Subscribers.Length == 0 && node.SingleLevel is null
                   && node.MultiLevel is null && node._children.IsEmpty)
            {
                switch (node._level)
                {
                    case "+":
                        up.SingleLevel = null;
                        break;
                    case "#":
                        up.MultiLevel = null;
                        break;
                    default:
                        up._children.TryRemove(node._level, out _);
                        break;
                }

                node = up;
            }
        }
    }
}
