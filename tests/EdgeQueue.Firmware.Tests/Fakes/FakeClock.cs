using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A monotonic clock the test moves by hand.</summary>
public sealed class FakeClock(long startMs = 1_000) : IClock
{
    public long NowMs { get; private set; } = startMs;

    public void Advance(long ms) => NowMs += ms;
}
