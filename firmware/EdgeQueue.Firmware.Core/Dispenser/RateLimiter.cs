namespace EdgeQueue.Firmware.Core.Dispenser
{
    /// <summary>
    /// A token bucket against button mashing: up to <c>burst</c> tickets at once, then one more every
    /// <c>refillMs</c>. A family of three gets three tickets; a child drumming on the button does not
    /// empty the printer.
    /// </summary>
    public sealed class RateLimiter
    {
        private readonly int _burst;
        private readonly int _refillMs;
        private int _tokens;
        private long _lastRefillAt;
        private bool _started;

        public RateLimiter(int burst, int refillMs)
        {
            _burst = burst;
            _refillMs = refillMs;
            _tokens = burst;
        }

        public bool TryTake(long nowMs)
        {
            Refill(nowMs);
            if (_tokens == 0)
            {
                return false;
            }

            _tokens--;
            return true;
        }

        private void Refill(long nowMs)
        {
            if (!_started)
            {
                _started = true;
                _lastRefillAt = nowMs;
                return;
            }

            if (_refillMs <= 0)
            {
                _tokens = _burst;
                return;
            }

            var earned = (nowMs - _lastRefillAt) / _refillMs;
            if (earned <= 0)
            {
                return;
            }

            _tokens = earned >= _burst - _tokens ? _burst : _tokens + (int)earned;
            _lastRefillAt = _tokens == _burst ? nowMs : _lastRefillAt + (earned * _refillMs);
        }
    }
}
