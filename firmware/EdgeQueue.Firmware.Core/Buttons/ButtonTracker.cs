namespace EdgeQueue.Firmware.Core.Buttons
{
    /// <summary>
    /// Debounces one button from timestamped pin edges and recognises press and long press.
    /// Debounce is "accept first, then lock out": the first edge that changes the settled level is
    /// taken at once (no added latency for the resident), edges within the lock-out that follow are
    /// contact bounce; if the line ends up at another level than the settled one when the lock-out
    /// ends, that level is taken then (so a release inside the lock-out is never lost).
    /// </summary>
    public sealed class ButtonTracker
    {
        private readonly int _index;
        private readonly int _debounceMs;
        private readonly int _longPressMs;
        private readonly IButtonListener _listener;

        private bool _settled;
        private bool _raw;
        private long _rawAt;
        private long _settledAt;
        private bool _hasSettled;
        private long _pressedAt;
        private bool _longFired;

        public ButtonTracker(int index, int debounceMs, int longPressMs, IButtonListener listener)
        {
            _index = index;
            _debounceMs = debounceMs;
            _longPressMs = longPressMs;
            _listener = listener;
        }

        /// <summary>The debounced level: true while the button is held.</summary>
        public bool IsPressed
        {
            get { return _settled; }
        }

        /// <summary>Edges taken as contact bounce (diagnostics).</summary>
        public int BouncesIgnored { get; private set; }

        /// <summary>A pin edge: the new level (true = pressed) and when the pin interrupt saw it.</summary>
        public void Edge(bool pressed, long atMs)
        {
            _raw = pressed;
            _rawAt = atMs;
            if (pressed == _settled)
            {
                BouncesIgnored++;
                return;
            }

            if (!_hasSettled || atMs - _settledAt >= _debounceMs)
            {
                Settle(pressed, atMs);
            }
            else
            {
                BouncesIgnored++;
            }
        }

        /// <summary>Called from the device loop: ends lock-outs and fires long presses.</summary>
        public void Tick(long nowMs)
        {
            if (_raw != _settled && _hasSettled && nowMs - _settledAt >= _debounceMs)
            {
                var lockEnd = _settledAt + _debounceMs;
                Settle(_raw, _rawAt > lockEnd ? _rawAt : lockEnd);
            }

            if (_settled && !_longFired && nowMs - _pressedAt >= _longPressMs)
            {
                _longFired = true;
                _listener.OnGesture(_index, ButtonGesture.LongPress, _pressedAt + _longPressMs);
            }
        }

        private void Settle(bool pressed, long atMs)
        {
            _settled = pressed;
            _settledAt = atMs;
            _hasSettled = true;
            if (pressed)
            {
                _pressedAt = atMs;
                _longFired = false;
                return;
            }

            if (_longFired)
            {
                return;
            }

            if (atMs - _pressedAt >= _longPressMs)
            {
                // Released after the long-press time without a Tick in between: still a long press.
                _longFired = true;
                _listener.OnGesture(_index, ButtonGesture.LongPress, _pressedAt + _longPressMs);
                return;
            }

            _listener.OnGesture(_index, ButtonGesture.Press, atMs);
        }
    }
}
