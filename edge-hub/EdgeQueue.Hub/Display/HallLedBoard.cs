using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Queue;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Display;

/// <summary>
/// Keeps the hall LED board on the same calls as the TV page: each configured counter's row shows
/// the ticket it serves; a new call or a recall blinks for <see cref="BlinkFor"/> (on and off every
/// <see cref="BlinkHalfPeriod"/> on the hub's clock); a closed counter's row is dark. The board is
/// written only when its picture changes, off the thread that committed the call.
/// </summary>
public sealed class HallLedBoard : IDisposable
{
    public static readonly TimeSpan BlinkFor = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan BlinkHalfPeriod = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private readonly Lock _renderGate = new();
    private readonly ILedBoard _board;
    private readonly LedBoardSettings _settings;
    private readonly ISiteQueue _queue;
    private readonly HallBoard _hall;
    private readonly TimeProvider _time;
    private readonly ITimer _blink;
    private readonly Dictionary<int, HallCall> _lastCall = [];
    private LedImage? _shown;
    private bool _blinkOn = true;
    private int _renderQueued;

    public HallLedBoard(ILedBoard board, LedBoardSettings settings, ISiteQueue queue, HallBoard hall, TimeProvider time)
    {
        _board = board;
        _settings = settings;
        _queue = queue;
        _hall = hall;
        _time = time;
        _blink = time.CreateTimer(_ => OnBlink(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        foreach (var call in hall.Calls.Calls)
        {
            _lastCall.TryAdd(call.Counter, call);
        }

        _hall.Changed += OnHallChanged;
        _queue.Committed += OnCommitted;
        Render();
    }

    /// <summary>How many pictures were written to the board (an unchanged picture is not written again).</summary>
    public int Frames { get; private set; }

    public void Dispose()
    {
        _hall.Changed -= OnHallChanged;
        _queue.Committed -= OnCommitted;
        _blink.Dispose();
        lock (_renderGate)
        {
            (_board as IDisposable)?.Dispose();
        }
    }

    /// <summary>The rows as they stand now (the picture is drawn from these).</summary>
    public IReadOnlyList<LedBoardRow> Rows()
    {
        var figures = _queue.Figures();
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return [.. _settings.Counters.Select(counter =>
            {
                var serving = figures.Serving.GetValueOrDefault(counter);
                var call = _lastCall.GetValueOrDefault(counter);
                var current = call is not null && call.Ticket == serving;
                var blinking = current && now - call!.At < BlinkFor;
                return new LedBoardRow(counter, serving, _queue.IsCounterOpen(counter), current && call!.Recall, !blinking || _blinkOn);
            })];
        }
    }

    private void OnHallChanged(HallView view)
    {
        var fresh = false;
        lock (_gate)
        {
            foreach (var call in view.Calls.Where(c => _settings.Counters.Contains(c.Counter)))
            {
                if (!_lastCall.TryGetValue(call.Counter, out var known) || call.At > known.At)
                {
                    _lastCall[call.Counter] = call;
                    fresh = true;
                }
            }

            if (fresh)
            {
                _blinkOn = true;
                _blink.Change(BlinkHalfPeriod, BlinkHalfPeriod);
            }
        }

        QueueRender();
    }

    private void OnCommitted(object? sender, EventsCommittedEventArgs e) => QueueRender();

    private void OnBlink()
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (_lastCall.Values.All(c => now - c.At >= BlinkFor))
            {
                _blinkOn = true;
                _blink.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
            else
            {
                _blinkOn = !_blinkOn;
            }
        }

        Render();
    }

    /// <summary>One render at a time, coalescing bursts of commits into one picture.</summary>
    private void QueueRender()
    {
        if (Interlocked.Exchange(ref _renderQueued, 1) == 0)
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                Interlocked.Exchange(ref _renderQueued, 0);
                Render();
            });
        }
    }

    private void Render()
    {
        lock (_renderGate)
        {
            var picture = LedBoardPicture.Draw(_settings.Layout, Rows());
            if (picture.SameAs(_shown))
            {
                return;
            }

            _board.Show(picture);
            _shown = picture;
            Frames++;
        }
    }
}
