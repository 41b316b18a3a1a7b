namespace EdgeQueue.Hub.Tests.Support;

/// <summary>Waits for state that another thread of the hub brings about (file written, registry updated).</summary>
internal static class Wait
{
    public static Task<T> UntilAsync<T>(Func<T> read, Func<T, bool> done, TimeSpan? timeout = null) =>
        UntilAsync(() => Task.FromResult(read()), done, timeout);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TestDevice.Timeout);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            try
            {
                await Task.Delay(20, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"still not done; last value: {value}");
            }
        }
    }
}
