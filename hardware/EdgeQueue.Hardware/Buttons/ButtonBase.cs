namespace EdgeQueue.Hardware.Buttons;

/// <summary>
/// Button logic apart from pin I/O: debouncing and press / long-press gestures from timestamped
/// edges. The first edge of a bounce burst is taken at once (no added latency); edges within
/// <see cref="ButtonOptions.Debounce"/> of it are ignored, and if the contact settles in the other
/// state a settle timer applies that state when the window closes, so a tap shorter than the
/// debounce time is never left "stuck pressed". Timers run on the injected <see cref="TimeProvider"/>.
/// </summary>
public abstract class ButtonBase : ICallButton, IDisposable
{
    private readonly Lock _gate = new();
    private readonly ButtonOptions _options;
    private readonly TimeProvider _time;
    private readonly ITimer _longPressTimer;
    private readonly ITimer _settleTimer;
    private bool _pressed;
    private bool _rawPressed;
    private TimeSpan? _lastAccepted;
    private TimeSpan _lastRawEdge;
    private TimeSpan _pressedAt;
    private bool _longPressReported;

    protected ButtonBase(string name, ButtonOptions? options, TimeProvider? time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        _options = options ?? new ButtonOptions();
        _time = time ?? TimeProvider.System;
        _longPressTimer = _time.CreateTimer(_ => OnLongPressDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _settleTimer = _time.CreateTimer(_ => OnSettled(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public string Name { get; }

    public bool IsPressed
    {
        get
        {
            lock (_gate)
            {
                return _pressed;
            }
        }
    }

    public event EventHandler<ButtonGestured>? Gestured;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Feeds one edge. <paramref name="timestamp"/> comes from a monotonic clock shared by all edges
    /// of this button (the kernel's event timestamp on a GPIO line).
    /// </summary>
    protected void OnEdge(bool pressed, TimeSpan timestamp)
    {
        ButtonGestured? gesture;
        lock (_gate)
        {
            _rawPressed = pressed;
            _lastRawEdge = timestamp;
            if (_lastAccepted is { } last && timestamp - last < _options.Debounce)
            {
                // Bounce: decide when the window closes, measured from the accepted edge.
                var remaining = _options.Debounce - (timestamp - last);
                _settleTimer.Change(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                return;
            }

            gesture = Apply(pressed, timestamp);
        }

        Raise(gesture);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _longPressTimer.Dispose();
            _settleTimer.Dispose();
        }
    }

    /// <summary>Called under the lock with a debounced change.</summary>
    private ButtonGestured? Apply(bool pressed, TimeSpan timestamp)
    {
        if (pressed == _pressed)
        {
            return null;
        }

        _pressed = pressed;
        _lastAccepted = timestamp;
        if (pressed)
        {
            _pressedAt = timestamp;
            _longPressReported = false;
            _longPressTimer.Change(_options.LongPress, Timeout.InfiniteTimeSpan);
            return null;
        }

        _longPressTimer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_longPressReported)
        {
            return null;
        }

        var held = timestamp - _pressedAt;
        return new ButtonGestured(Name, held >= _options.LongPress ? ButtonGesture.LongPress : ButtonGesture.Press, held, _time.GetUtcNow());
    }

    private void OnSettled()
    {
        ButtonGestured? gesture;
        lock (_gate)
        {
            gesture = _rawPressed == _pressed ? null : Apply(_rawPressed, _lastRawEdge);
        }

        Raise(gesture);
    }

    private void OnLongPressDue()
    {
        ButtonGestured? gesture = null;
        lock (_gate)
        {
            if (_pressed && !_longPressReported)
            {
                _longPressReported = true;
                gesture = new ButtonGestured(Name, ButtonGesture.LongPress, _options.LongPress, _time.GetUtcNow());
            }
        }

        Raise(gesture);
    }

    private void Raise(ButtonGestured? gesture)
    {
        if (gesture is not null)
        {
            Gestured?.Invoke(this, gesture);
        }
    }
}
