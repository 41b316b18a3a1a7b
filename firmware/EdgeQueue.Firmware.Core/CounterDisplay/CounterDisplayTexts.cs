using EdgeQueue.Firmware.Core.Keypad;

namespace EdgeQueue.Firmware.Core.CounterDisplay
{
    /// <summary>
    /// The eight characters above the counter (every one drawable by a 7-segment digit, see
    /// Display/SegmentFont). A ticket fills the left five digits, the counter number the right two:
    /// <c>"A017  05"</c>; the status texts match the keypad's so a technician reads both alike.
    /// </summary>
    public static class CounterDisplayTexts
    {
        public const int Width = 8;
        public const string Offline = "OFF";

        /// <summary>The broker answers but the hub is gone (its will on hub/state).</summary>
        public const string HubOffline = KeypadTexts.HubOffline;

        /// <summary>Online, but the hub's config has no counter number for this board yet.</summary>
        public const string Unconfigured = KeypadTexts.Unconfigured;

        /// <summary>"A017  05": the ticket (up to five characters, left) and the counter number (right).</summary>
        public static string Serving(string ticket, int counter)
        {
            var number = (counter % 1000).ToString();
            if (number.Length == 1)
            {
                number = "0" + number;
            }

            return KeypadTexts.Fit(ticket, 5, false) + KeypadTexts.Fit(number, 3, true);
        }
    }
}
