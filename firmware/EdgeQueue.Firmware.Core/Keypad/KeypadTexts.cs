using EdgeQueue.Firmware.Core.Contract;

namespace EdgeQueue.Firmware.Core.Keypad
{
    /// <summary>
    /// The four-character texts a clerk sees. Everything here can be drawn by a 7-segment digit
    /// (see Display/SegmentFont); the meanings are listed in firmware/README.md.
    /// </summary>
    public static class KeypadTexts
    {
        public const string NoTicket = "----";
        public const string Offline = "OFF ";

        /// <summary>The broker answers but the hub is gone (its will on hub/state).</summary>
        public const string HubOffline = "HUb-";
        public const string Unconfigured = "St--";
        public const string NothingToCall = "nonE";
        public const string CounterClosed = "CLOS";
        public const string NoCurrentTicket = "Err1";
        public const string BadCategory = "Err2";
        public const string NoReply = "Err3";
        public const string NotAllowed = "Err4";
        public const string OtherError = "Err9";

        /// <summary>The text for a refused or unanswered event.</summary>
        public static string ForError(string error)
        {
            switch (error)
            {
                case ReplyErrorCodes.NothingToCall:
                    return NothingToCall;
                case ReplyErrorCodes.CounterClosed:
                    return CounterClosed;
                case ReplyErrorCodes.NoCurrentTicket:
                    return NoCurrentTicket;
                case ReplyErrorCodes.CategoryClosed:
                case ReplyErrorCodes.UnknownCategory:
                case ReplyErrorCodes.LimitReached:
                    return BadCategory;
                case ReplyErrorCodes.NoReply:
                    return NoReply;
                case ReplyErrorCodes.NotAllowed:
                case ReplyErrorCodes.UnknownCounter:
                    return NotAllowed;
                default:
                    return OtherError;
            }
        }

        /// <summary>"St05": the counter number ("stanowisko"), shown on a long press of Done.</summary>
        public static string Counter(int counter)
        {
            return "St" + TwoDigits(counter);
        }

        /// <summary>"C 12": people waiting ("czeka"), shown on a long press of Next; "C --" when unknown.</summary>
        public static string Waiting(int waiting)
        {
            if (waiting < 0)
            {
                return "C --";
            }

            var digits = waiting > 999 ? "999" : waiting.ToString();
            return "C" + Fit(digits, 3, true);
        }

        /// <summary>"t- B": choosing the category to transfer to.</summary>
        public static string TransferTarget(string category)
        {
            return "t-" + Fit(category, 2, true);
        }

        /// <summary>Pads or cuts <paramref name="text"/> to <paramref name="width"/> characters.</summary>
        public static string Fit(string text, int width, bool alignRight)
        {
            if (text == null)
            {
                text = string.Empty;
            }

            if (text.Length >= width)
            {
                return text.Substring(0, width);
            }

            return alignRight ? text.PadLeft(width, ' ') : text.PadRight(width, ' ');
        }

        private static string TwoDigits(int value)
        {
            if (value < 0)
            {
                return "--";
            }

            var text = (value % 100).ToString();
            return text.Length == 1 ? "0" + text : text;
        }
    }
}
