namespace EdgeQueue.Mqtt.Link;

/// <summary>Publishes waiting to be handed to a connection, oldest first; a resend keeps its original place.</summary>
internal sealed class OutgoingQueue : IDisposable
{
    private readonly Lock _gate = new();
    private readonly PriorityQueue<OutgoingPublish, long> _waiting = new();
    private readonly SemaphoreSlim _available = new(0);

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _waiting.Count;
            }
        }
    }

    public void Add(OutgoingPublish publish)
    {
        lock (_gate)
        {
            _waiting.Enqueue(publish, publish.Order);
        }

        _available.Release();
    }

    public async Task<OutgoingPublish> TakeAsync(CancellationToken cancellation)
    {
        while (true)
        {
            await _available.WaitAsync(cancellation);
            lock (_gate)
            {
                // Drained by RemoveAll in the meantime: wait for the next one.
                if (_waiting.TryDequeue(out var next, out _))
                {
                    return next;
                }
            }
        }
    }

    public List<OutgoingPublish> RemoveAll()
    {
        lock (_gate)
        {
            var all = _waiting.UnorderedItems.Select(i => i.Element).ToList();
            _waiting.Clear();
            return all;
        }
    }

    public void Dispose() => _available.Dispose();
}
