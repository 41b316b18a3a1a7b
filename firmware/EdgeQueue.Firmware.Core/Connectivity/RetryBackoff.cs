using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Connectivity
{
    /// <summary>
    /// Exponential back-off with jitter: initial, ×2 per attempt, capped, plus up to a quarter of the
    /// delay at random so that forty devices do not all retry in the same millisecond after the hub
    /// or the access point comes back.
    /// </summary>
    public sealed class RetryBackoff
    {
        private readonly int _initialMs;
        private readonly int _maxMs;
        private readonly IRandom _random;
        private int _currentMs;

        public RetryBackoff(int initialMs, int maxMs, IRandom random)
        {
            _initialMs = initialMs;
            _maxMs = maxMs;
            _random = random;
            _currentMs = initialMs;
        }

        /// <summary>The delay before the next attempt; each call doubles the one after it, up to the cap.</summary>
        public int NextDelayMs()
        {
            var delay = _currentMs;
            _currentMs = _currentMs >= _maxMs / 2 ? _maxMs : _currentMs * 2;
            var jitter = delay / 4;
            return jitter > 0 ? delay + _random.Next(jitter + 1) : delay;
        }

        public void Reset()
        {
            _currentMs = _initialMs;
        }
    }
}
