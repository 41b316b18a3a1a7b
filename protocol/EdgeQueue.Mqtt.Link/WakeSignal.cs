namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// A wake-up for one waiting loop (a link's sender, a status publisher): many signals before it
/// wakes count as one, and the wait also ends after a timeout on the given clock (the poll).
/// </summary>
public sealed class WakeSignal : IDisposable
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Set()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already set: the loop will look once more anyway.
        }
        catch (ObjectDisposedException)
        {
        }
    }

    /// <summary>Waits for a signal or until <paramref name="timeout"/> passes on <paramref name="time"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellation)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var delay = new CancellationTokenSource(timeout, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, delay.Token);
        try
        {
            await _semaphore.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => _semaphore.Dispose();
}
