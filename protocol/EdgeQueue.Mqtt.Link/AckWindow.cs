namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// The sending side of a numbered stream the other side acknowledges (hub → central events,
/// central → hub booking changes): what was sent, what was acknowledged, and when to send again
/// from the acknowledged number — after a restart, when the other side went back, or when the ack
/// stopped moving for <c>resendAfter</c> while messages were outstanding. Thread-safe.
/// </summary>
public sealed class AckWindow(long acknowledged, long maxAhead, TimeSpan resendAfter, DateTimeOffset now)
{
    private readonly Lock _gate = new();
    private long _acknowledged = acknowledged;
    private long _sent = acknowledged;
    private DateTimeOffset _lastProgress = now;
    private bool _restart = true;

    public long Acknowledged
    {
        get
        {
            lock (_gate)
            {
                return _acknowledged;
            }
        }
    }

    /// <summary>The other side's acknowledged number; a lower one than before (a new store there) sends again from it.</summary>
    public void Acknowledge(long sequence, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (sequence != _acknowledged)
            {
                _lastProgress = now;
            }

            if (sequence < _acknowledged)
            {
                _restart = true;
            }

            _acknowledged = sequence;
        }
    }

    /// <summary>Whatever was in flight is lost (a new connection, the other side restarted): send again from the ack.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            _restart = true;
        }
    }

    /// <summary>The number after which to send now; <paramref name="resent"/> when a silent ack made it go back.</summary>
    public long NextFrom(DateTimeOffset now, out bool resent)
    {
        lock (_gate)
        {
            resent = false;
            if (_restart || _sent < _acknowledged)
            {
                _restart = false;
                _sent = _acknowledged;
                _lastProgress = now;
            }
            else if (_sent > _acknowledged && now - _lastProgress > resendAfter)
            {
                resent = true;
                _sent = _acknowledged;
                _lastProgress = now;
            }

            return _sent;
        }
    }

    /// <summary>Whether a message after <paramref name="from"/> stays within <c>maxAhead</c> of the ack.</summary>
    public bool HasRoomAfter(long from)
    {
        lock (_gate)
        {
            return from - _acknowledged < maxAhead;
        }
    }

    /// <summary>Sent up to <paramref name="sequence"/>.</summary>
    public void Sent(long sequence)
    {
        lock (_gate)
        {
            _sent = Math.Max(_sent, sequence);
        }
    }

    /// <summary>More was sent than acknowledged.</summary>
    public bool Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _sent > _acknowledged;
            }
        }
    }
}
