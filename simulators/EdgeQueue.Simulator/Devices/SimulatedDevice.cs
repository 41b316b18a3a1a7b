using System.Collections.Concurrent;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// One simulated board: its own loop thread (the core is single-threaded, as on the ESP32), a
/// Wi-Fi radio that can be cut, and an MQTT link to the site broker. Presses and other inputs are
/// handed to the loop thread and run between two ticks, like pin interrupts queued to the main loop.
/// </summary>
internal abstract class SimulatedDevice : IAsyncDisposable
{
    private const int TickMs = 5;

    private readonly ConcurrentQueue<Action> _inputs = new();
    private readonly AutoResetEvent _wake = new(false);
    private readonly CancellationTokenSource _stop = new();
    private Thread? _loop;
    private long _nextPressAt;

    protected SimulatedDevice(string id, WireLedger ledger)
    {
        Id = id;
        Ledger = ledger;
        var radio = new SeverableStreamProvider();
        Link = new TappedMqttLink(id, new MqttClientLink(streamProvider: radio), ledger);
        Wifi.LinkLost += radio.Sever;
    }

    public string Id { get; }

    public SimulatedWifi Wifi { get; } = new();

    public abstract bool IsOnline { get; }

    /// <summary>True while the board's join (Wi-Fi, broker) runs on its own thread.</summary>
    protected abstract bool Joining { get; }

    /// <summary>A short summary of what the device shows (LED colour, display text).</summary>
    public abstract string Shows { get; }

    /// <summary>
    /// The device's monotonic clock runs in real time even when the day runs faster: retransmission,
    /// keep-alive and reconnect are about real sockets and a real hub restart. Timings about people
    /// (rate limit, double-press guard, reply display) are scaled in the provisioning settings instead.
    /// </summary>
    protected StopwatchClock Clock { get; } = new();

    protected TappedMqttLink Link { get; }

    protected WireLedger Ledger { get; }

    public void Start()
    {
        _loop = new Thread(Loop) { IsBackground = true, Name = $"device {Id}" };
        _loop.Start();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _wake.Set();
        _loop?.Join();

        // The link is not pulled from under a join still running on its thread (a refused or lost
        // broker ends one within the link's connect timeout).
        SpinWait.SpinUntil(() => !Joining, TimeSpan.FromSeconds(40));
        await Link.DisposeAsync();
        _stop.Dispose();
        _wake.Dispose();
    }

    /// <summary>Runs <paramref name="input"/> on the device's loop thread and returns its result.</summary>
    protected Task<T> OnDeviceThread<T>(Func<T> input)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inputs.Enqueue(() =>
        {
            try
            {
                done.TrySetResult(input());
            }
#pragma warning disable CA1031 // Handed to the caller, never fatal to the device loop.
            catch (Exception e)
#pragma warning restore CA1031
            {
                done.TrySetException(e);
            }
        });
        _wake.Set();
        return done.Task;
    }

    /// <summary>
    /// Presses through <paramref name="press"/> (on the loop thread; it returns the event it queued,
    /// or null with the reason the device ignored the press) and waits for the hub's reply.
    /// </summary>
    protected async Task<PressOutcome> PressAsync(Func<(OutboxEntry? Entry, string Why)> press, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (entry, why, expected) = await OnDeviceThread(() =>
        {
            var (queued, reason) = press();
            return (queued, reason, queued is null ? null : Ledger.Expect(queued.Id));
        });
        if (entry is null || expected is null)
        {
            return PressOutcome.Ignored(why);
        }

        var reply = await Ledger.WaitAsync(entry.Id, expected, timeout, cancellationToken);
        return new PressOutcome(true, reply);
    }

    /// <summary>Both edges of a press, with the release past the debounce lock-out.</summary>
    protected void Tap(Action<int, bool, long> edge, int button)
    {
        // Edges of quick successive presses are spread past the debounce lock-out, as a finger would.
        var at = Math.Max(Clock.NowMs, _nextPressAt);
        edge(button, true, at);
        edge(button, false, at + DeviceProvisioning.PressMs);
        _nextPressAt = at + (2 * DeviceProvisioning.PressMs);
    }

    protected abstract void Tick();

    private void Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            while (_inputs.TryDequeue(out var input))
            {
                input();
            }

            Tick();
            _wake.WaitOne(TickMs);
        }
    }
}
