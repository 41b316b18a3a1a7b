using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>Deterministic randomness: returns <see cref="Value"/> (clipped to the range), so back-off has no jitter.</summary>
public sealed class FakeRandom(int value = 0) : IRandom
{
    public int Value { get; set; } = value;

    public int Next(int maxExclusive) => Math.Min(Value, maxExclusive - 1);
}
