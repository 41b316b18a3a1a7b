using EdgeQueue.Hardware.Gpio;

namespace EdgeQueue.Hardware.Buttons;

/// <summary>
/// A push button on a GPIO input line: reads the line's edges (rising = pressed, the line being
/// requested active-low for a button to ground) and hands them to <see cref="ButtonBase"/>.
/// </summary>
public sealed class GpioButton : ButtonBase, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly IDisposable? _ownedLine;
    private readonly IGpioEdgeSource _edges;
    private readonly TaskCompletionSource _reading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _started;
    private long _missedEdges;

    /// <summary>A button on <paramref name="edges"/>; call <see cref="Start"/> after subscribing to gestures.</summary>
    public GpioButton(string name, IGpioEdgeSource edges, ButtonOptions? options = null, TimeProvider? time = null)
        : this(name, edges, ownedLine: null, options, time)
    {
    }

    private GpioButton(string name, IGpioEdgeSource edges, IDisposable? ownedLine, ButtonOptions? options, TimeProvider? time)
        : base(name, options, time)
    {
        ArgumentNullException.ThrowIfNull(edges);
        _ownedLine = ownedLine;
        _edges = edges;
    }

    /// <summary>
    /// The read loop: completes when the edge source ends or the button is disposed, faults when
    /// reading fails (a hub should log it and reopen the line).
    /// </summary>
    public Task Reading => _reading.Task;

    /// <summary>Lost edges, seen as gaps in the kernel's sequence numbers (kernel buffer overflow).</summary>
    public long MissedEdges => Interlocked.Read(ref _missedEdges);

    /// <summary>Requests <paramref name="line"/> of <paramref name="chip"/> as a button input and watches it.</summary>
    public static GpioButton Open(GpioChip chip, int line, string name, GpioInputOptions? lineOptions = null, ButtonOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(chip);
        var input = chip.RequestInput(line, lineOptions, consumer: $"edgequeue-{name}");
        return new GpioButton(name, input, input, options, time);
    }

    /// <summary>Starts reading edges (once); returns <see cref="Reading"/>.</summary>
    public Task Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await ReadLoopAsync(_edges, _stop.Token);
                    _reading.TrySetResult();
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    _reading.TrySetResult();
                }
                catch (Exception e)
                {
                    _reading.TrySetException(e);
                }
            });
        }

        return Reading;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (Volatile.Read(ref _started) == 1)
        {
            // A read failure has already been reported through Reading.
            await Reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        Dispose();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            _ownedLine?.Dispose();
            _stop.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task ReadLoopAsync(IGpioEdgeSource edges, CancellationToken cancellationToken)
    {
        uint? lastSequence = null;
        await foreach (var edge in edges.ReadEdgesAsync(cancellationToken))
        {
            if (lastSequence is { } previous && edge.LineSequence > previous + 1)
            {
                Interlocked.Add(ref _missedEdges, edge.LineSequence - previous - 1);
            }

            lastSequence = edge.LineSequence;
            OnEdge(edge.Edge == GpioEdge.Rising, edge.Timestamp);
        }
    }
}
