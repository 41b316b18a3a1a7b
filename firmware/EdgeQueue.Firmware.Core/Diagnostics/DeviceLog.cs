using EdgeQueue.Firmware.Core.Hardware;

namespace EdgeQueue.Firmware.Core.Diagnostics
{
    /// <summary>
    /// The device's log, in every build: each line, stamped with the seconds since boot, goes to the
    /// sink at once and the last <see cref="Kept"/> lines stay for the retained <c>state</c>, so a
    /// technician reads them on the hub's technician page without a cable. A line repeated back to
    /// back is kept once with a count, so a reason logged at every retry does not push out the rest.
    /// </summary>
    public sealed class DeviceLog
    {
        /// <summary>Lines kept for the state message (each at most <see cref="MaxLineLength"/> characters).</summary>
        public const int Kept = 5;

        public const int MaxLineLength = 80;

        private readonly IClock _clock;
        private readonly long _bootAtMs;
        private readonly string[] _lines = new string[Kept];
        private string _lastText;
        private int _repeats;
        private int _count;

        public DeviceLog(IClock clock)
        {
            _clock = clock;
            _bootAtMs = clock.NowMs;
        }

        /// <summary>Set by the board (serial console); null writes nowhere but the kept lines.</summary>
        public ILogSink Sink { get; set; }

        /// <summary>How many lines were logged since boot (repeats included).</summary>
        public int Written { get; private set; }

        public void Add(string text)
        {
            Written++;
            var stamped = ((_clock.NowMs - _bootAtMs) / 1000).ToString() + " s " + text;
            var sink = Sink;
            if (sink != null)
            {
                sink.Write(stamped);
            }

            if (_count > 0 && text == _lastText)
            {
                _repeats++;
                _lines[(_count - 1) % Kept] = Shorten(stamped + " (x" + _repeats.ToString() + ")");
                return;
            }

            _lastText = text;
            _repeats = 1;
            _lines[_count % Kept] = Shorten(stamped);
            _count++;
        }

        /// <summary>The kept lines, oldest first.</summary>
        public string[] Recent()
        {
            var n = _count < Kept ? _count : Kept;
            var recent = new string[n];
            for (var i = 0; i < n; i++)
            {
                recent[i] = _lines[(_count - n + i) % Kept];
            }

            return recent;
        }

        private static string Shorten(string line)
        {
            return line.Length <= MaxLineLength ? line : line.Substring(0, MaxLineLength - 3) + "...";
        }
    }
}
