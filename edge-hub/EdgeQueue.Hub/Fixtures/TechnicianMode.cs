namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// A technician at the hub: entered with a 5 s press of the service button, shown on the technician
/// page and by the status light blinking blue. It ends with another long press, or by itself after
/// <see cref="Lasts"/> on the hub's clock, so a forgotten mode does not hide a real fault.
/// </summary>
public sealed class TechnicianMode : IDisposable
{
    public static readonly TimeSpan Lasts = TimeSpan.FromMinutes(30);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly ITimer _expiry;

    public TechnicianMode(TimeProvider time)
    {
        _time = time;
        _expiry = time.CreateTimer(_ => Leave(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Raised on every change, with the new state.</summary>
    public event Action<bool>? Changed;

    /// <summary>When the mode began, or null when it is off.</summary>
    public DateTimeOffset? Since { get; private set; }

    public bool Active => Since is not null;

    public void Toggle()
    {
        if (Active)
        {
            Leave();
        }
        else
        {
            Enter();
        }
    }

    public void Enter()
    {
        lock (_gate)
        {
            Since = _time.GetUtcNow();
            _expiry.Change(Lasts, Timeout.InfiniteTimeSpan);
        }

        Changed?.Invoke(true);
    }

    public void Leave()
    {
        lock (_gate)
        {
            if (Since is null)
            {
                return;
            }

            Since = null;
            _expiry.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        Changed?.Invoke(false);
    }

    public void Dispose() => _expiry.Dispose();
}
