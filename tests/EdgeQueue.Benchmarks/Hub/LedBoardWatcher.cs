using System.Diagnostics;
using EdgeQueue.Hardware.LedBoard;
using EdgeQueue.Hub.Display;
using EdgeQueue.Simulation.LedBoard;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// Follows the hub's LED board capture on its own thread (1 ms polls), replays each latch into a
/// simulated MAX7219 chain, keeps when each row's picture changed, and answers when a counter's row
/// first showed "ticket>counter" after a given moment (the frame can come before the keypad's reply).
/// </summary>
internal sealed class LedBoardWatcher : IDisposable
{
    private const int Kept = 64;

    private readonly LedBoardCaptureReplay _replay;
    private readonly LedBoardLayout _layout;
    private readonly Thread _thread;
    private readonly Lock _gate = new();
    private readonly List<(string Row, long At)>[] _changes;
    private readonly List<(int Row, string Expected, long Since, TaskCompletionSource<long> Shown)> _waiting = [];
    private volatile bool _stop;

    public LedBoardWatcher(string capture, LedBoardLayout layout)
    {
        _layout = layout;
        _replay = new LedBoardCaptureReplay(capture, layout);
        _changes = [.. Enumerable.Range(0, layout.Rows).Select(_ => new List<(string, long)>())];
        _thread = new Thread(Follow) { IsBackground = true, Name = "LED board capture" };
        _thread.Start();
    }

    /// <summary>The Stopwatch timestamp of the first frame at or after <paramref name="since"/> whose row of <paramref name="counter"/> reads "ticket>counter".</summary>
    public Task<long> ShownAsync(int counter, string ticket, long since)
    {
        var expected = RowText(LedBoardPicture.Draw(_layout, [.. Enumerable.Range(1, _layout.Rows)
            .Select(n => new LedBoardRow(n, n == counter ? ticket : null, Open: n == counter, Recalled: false, Lit: true))]), counter - 1);
        lock (_gate)
        {
            foreach (var (row, at) in _changes[counter - 1])
            {
                if (at >= since && row == expected)
                {
                    return Task.FromResult(at);
                }
            }

            var shown = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((counter - 1, expected, since, shown));
            return shown.Task;
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Follow()
    {
        while (!_stop)
        {
            if (_replay.Update())
            {
                var at = Stopwatch.GetTimestamp();
                var image = _replay.Chain.Image(_layout);
                lock (_gate)
                {
                    for (var row = 0; row < _layout.Rows; row++)
                    {
                        var text = RowText(image, row);
                        var changes = _changes[row];
                        if (changes.Count > 0 && changes[^1].Row == text)
                        {
                            continue;
                        }

                        changes.Add((text, at));
                        if (changes.Count > Kept)
                        {
                            changes.RemoveAt(0);
                        }

                        foreach (var wait in _waiting.Where(w => w.Row == row && w.Expected == text && at >= w.Since).ToList())
                        {
                            wait.Shown.TrySetResult(at);
                            _waiting.Remove(wait);
                        }
                    }
                }
            }

            Thread.Sleep(1);
        }
    }

    private static string RowText(LedImage image, int row) =>
        string.Join('\n', image.ToText().Split('\n').Skip(row * LedBoardLayout.ModuleSize).Take(LedBoardLayout.ModuleSize));
}
