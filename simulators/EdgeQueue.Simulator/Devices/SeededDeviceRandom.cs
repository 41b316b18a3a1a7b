using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Simulator.Devices;

/// <summary>The board's hardware RNG: boot ids and back-off jitter; seeded per device so a run is repeatable.</summary>
internal sealed class SeededDeviceRandom(int seed) : IRandom
{
    private readonly Random _random = new(seed);

    public int Next(int maxExclusive) => _random.Next(maxExclusive);
}
