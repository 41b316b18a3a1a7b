namespace EdgeQueue.Mqtt.Broker.Connections;

/// <summary>
/// Sockets that have not completed CONNECT (TLS handshake included), oldest first. They are not
/// clients yet, so they do not count towards the connection limit; past their own limit the oldest
/// is closed, so a swarm of silent sockets can neither lock real clients out nor eat memory.
/// </summary>
internal sealed class PendingConnections(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<Action> _pending = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Registers a pending socket; <paramref name="evict"/> closes it if it becomes the oldest one too many.</summary>
    /// <returns>Dispose when the socket is no longer pending (CONNECT arrived, or it closed).</returns>
    /// <param name="evicted">Number of older sockets this one pushed out (closed), for the log.</param>
    public IDisposable Add(Action evict, out int evicted)
    {
        var node = new LinkedListNode<Action>(evict);
        List<Action>? closing = null;
        lock (_gate)
        {
            _pending.AddLast(node);
            while (_pending.Count > capacity)
            {
                var oldest = _pending.First!;
                _pending.Remove(oldest);
                (closing ??= []).Add(oldest.Value);
            }
        }

        foreach (var close in closing ?? [])
        {
            close();
        }

        evicted = closing?.Count ?? 0;
        return new Registration(this, node);
    }

    private void Remove(LinkedListNode<Action> node)
    {
        lock (_gate)
        {
            if (node.List is not null)
            {
                _pending.Remove(node);
            }
        }
    }

    private sealed class Registration(PendingConnections owner, LinkedListNode<Action> node) : IDisposable
    {
        public void Dispose() => owner.Remove(node);
    }
}
