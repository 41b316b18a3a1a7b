using System.Diagnostics;
using System.Text.Json;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// Reads <c>/display/events</c> as the hall TV does (one long HTTP response of Server-Sent Events)
/// and notes when each new newest call arrives.
/// </summary>
internal sealed class HallScreenListener : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly Task _reading;
    private (int Counter, long Version, TaskCompletionSource<long> Arrived)? _expected;
    private long _version;

    public HallScreenListener(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        _reading = Task.Run(ReadAsync);
    }

    public long Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <summary>Completes with the Stopwatch timestamp of the first view newer than <paramref name="afterVersion"/> whose newest call is at <paramref name="counter"/>.</summary>
    public Task<long> ExpectCallAsync(int counter, long afterVersion)
    {
        var arrived = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _expected = (counter, afterVersion, arrived);
        }

        return arrived.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception e) when (e is OperationCanceledException or HttpRequestException or IOException)
        {
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        using var response = await _http.GetAsync(new Uri("/display/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            if (!line.StartsWith("data: ", StringComparison.Ordinal))
            {
                continue;
            }

            var at = Stopwatch.GetTimestamp();
            using var view = JsonDocument.Parse(line.AsMemory(6));
            var version = view.RootElement.GetProperty("version").GetInt64();
            var calls = view.RootElement.GetProperty("calls");
            var counter = calls.GetArrayLength() > 0 ? calls[0].GetProperty("counter").GetInt32() : 0;
            lock (_gate)
            {
                _version = version;
                if (_expected is { } expected && version > expected.Version && counter == expected.Counter)
                {
                    expected.Arrived.TrySetResult(at);
                    _expected = null;
                }
            }
        }
    }
}
