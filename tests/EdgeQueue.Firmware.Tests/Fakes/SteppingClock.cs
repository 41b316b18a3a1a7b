using EdgeQueue.Firmware.HostMqtt;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>
/// Real elapsed time (the MQTT link and the broker run on it) plus steps the test adds, so a test
/// can hold a button past its debounce time without waiting for it.
/// </summary>
public sealed class SteppingClock : IClock
{
    private readonly StopwatchClock _real = new();
    private long _steppedMs;

    public long NowMs => _real.NowMs + Interlocked.Read(ref _steppedMs);

    public void Step(long ms) => Interlocked.Add(ref _steppedMs, ms);
}
