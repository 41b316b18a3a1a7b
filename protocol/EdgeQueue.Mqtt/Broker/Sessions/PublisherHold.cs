namespace EdgeQueue.Mqtt.Broker.Sessions;

/// <summary>
/// Back-pressure for one network publisher: the connected sessions whose queue its last message
/// found full. Its read loop waits for room in each before it acknowledges that message and reads
/// the next packet, so a fast publisher slows to the pace of its subscribers instead of having
/// acknowledged messages dropped. Used only by that connection's read loop.
/// </summary>
internal sealed class PublisherHold(BrokerSession publisher)
{
    private readonly List<BrokerSession> _full = [];

    public bool IsEmpty => _full.Count == 0;

    /// <summary>A session whose queue is full took a message beyond its limit; never the publisher's own (it could not drain while we wait).</summary>
    public void WaitFor(BrokerSession session)
    {
        if (!ReferenceEquals(session, publisher) && !_full.Contains(session))
        {
            _full.Add(session);
        }
    }

    /// <summary>Waits until every full session has room, went offline, or <paramref name="timeout"/> passed.</summary>
    /// <returns>The client ids still full when the time ran out; empty when all made room.</returns>
    public async Task<IReadOnlyList<string>> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            var rooms = _full.Count == 1 ? _full[0].WaitForRoomAsync() : Task.WhenAll(_full.Select(s => s.WaitForRoomAsync()));
            await rooms.WaitAsync(timeout, time, cancellationToken);
            return [];
        }
        catch (TimeoutException)
        {
            return [.. _full.Where(s => s.IsFullWhileConnected).Select(s => s.ClientId)];
        }
        finally
        {
            _full.Clear();
        }
    }
}
