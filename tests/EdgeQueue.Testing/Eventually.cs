namespace EdgeQueue.Testing;

/// <summary>
/// The tests' one wait: polls state that another thread, process or broker brings about (a file
/// written, a registry updated, a message stored) until it is there; generous timeouts for loaded CI.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Reads until <paramref name="done"/> holds and returns that value; throws <see cref="TimeoutException"/> naming <paramref name="what"/> and the last value.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string? what = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        using var deadline = new CancellationTokenSource(timeout ?? Timeout);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            try
            {
                await Task.Delay(Poll, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(
                    $"{what ?? "the condition"}: still not there after {(timeout ?? Timeout).TotalSeconds:0.#} s; last value: {value}");
            }
        }
    }

    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> done, string? what = null, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(read()), done, what, timeout);

    public static Task UntilAsync(Func<bool> condition, string? what = null, TimeSpan? timeout = null) =>
        UntilAsync(condition, static holds => holds, what, timeout);
}
