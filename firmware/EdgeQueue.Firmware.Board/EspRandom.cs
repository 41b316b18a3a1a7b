using System;
using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Board
{
    /// <summary>
    /// Randomness for the boot id and back-off jitter. The seed mixes the persisted boot count
    /// (different on every boot, see <see cref="FlashSettingsStore.NextBootCount"/>) with the
    /// runtime's own seed and the tick count, so two boots never start the same sequence even if
    /// the runtime's seed were fixed.
    /// </summary>
    public sealed class EspRandom : IRandom
    {
        private readonly Random _random;

        public EspRandom(int bootCount)
        {
            var mixed = new Random().Next() ^ (bootCount * 16777619) ^ (int)Environment.TickCount64;
            _random = new Random(mixed & 0x7FFFFFFF);
        }

        public int Next(int maxExclusive)
        {
            return _random.Next(maxExclusive);
        }
    }
}
