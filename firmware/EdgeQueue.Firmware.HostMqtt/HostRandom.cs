using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>Boot ids and back-off jitter for a simulated device; each instance differs, as each boot does.</summary>
public sealed class HostRandom : IRandom
{
#pragma warning disable CA5394 // boot ids and jitter, not secrets
    public int Next(int maxExclusive) => Random.Shared.Next(maxExclusive);
#pragma warning restore CA5394
}
