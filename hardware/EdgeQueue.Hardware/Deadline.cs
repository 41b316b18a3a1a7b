namespace EdgeQueue.Hardware;

/// <summary>
/// A cancellation token that fires when the caller cancels or when a time limit measured by a
/// <see cref="TimeProvider"/> passes, so tests move time instead of waiting for it.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly ITimer _timer;

    public Deadline(TimeSpan limit, TimeProvider time, CancellationToken cancellationToken)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timer = time.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), _source, limit, Timeout.InfiniteTimeSpan);
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        _timer.Dispose();
        _source.Dispose();
    }
}
