namespace EdgeQueue.Hardware.Indicators;

/// <summary>
/// Status light logic apart from the wire: which colour, steady or blinking (on and off for
/// <see cref="BlinkHalfPeriod"/> each, on the hub's clock). A subclass only drives a colour onto its
/// hardware (three GPIO pins, a WS2812 on SPI); off is <see cref="StatusLightColor.Off"/>.
/// </summary>
public abstract class BlinkingLight : IStatusLight, IDisposable
{
    public static readonly TimeSpan BlinkHalfPeriod = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly ITimer _blink;
    private bool _lit;
    private bool _disposed;

    protected BlinkingLight(TimeProvider? time) =>
        _blink = (time ?? TimeProvider.System).CreateTimer(_ => Toggle(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

    public StatusLightColor Color { get; private set; }

    public bool Blinking { get; private set; }

    public void Show(StatusLightColor color, bool blinking = false)
    {
        lock (_gate)
        {
            blinking = blinking && color != StatusLightColor.Off;
            if (_disposed || (color == Color && blinking == Blinking))
            {
                return;
            }

            Color = color;
            Blinking = blinking;
            _lit = true;
            Drive(Color);
            var period = Blinking ? BlinkHalfPeriod : Timeout.InfiniteTimeSpan;
            _blink.Change(period, period);
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Puts the colour on the hardware; called under the light's lock.</summary>
    protected abstract void Drive(StatusLightColor color);

    /// <summary>Dark, then the hardware released (a subclass closes its pins or device after calling this).</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }

        _blink.Dispose();
        lock (_gate)
        {
            if (!_disposed)
            {
                Drive(StatusLightColor.Off);
                _disposed = true;
            }
        }
    }

    private void Toggle()
    {
        lock (_gate)
        {
            if (!Blinking || _disposed)
            {
                return;
            }

            _lit = !_lit;
            Drive(_lit ? Color : StatusLightColor.Off);
        }
    }
}
