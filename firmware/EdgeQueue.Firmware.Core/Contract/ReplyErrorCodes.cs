namespace EdgeQueue.Firmware.Core.Contract
{
    /// <summary>
    /// The reply error codes the devices act on (EdgeQueue.Contracts ReplyErrors), plus
    /// <see cref="NoReply"/>, which the firmware itself uses when the hub never answered.
    /// </summary>
    public static class ReplyErrorCodes
    {
        public const string CategoryClosed = "category-closed";
        public const string LimitReached = "limit-reached";
        public const string UnknownCategory = "unknown-category";
        public const string CounterClosed = "counter-closed";
        public const string NothingToCall = "nothing-to-call";
        public const string NoCurrentTicket = "no-current-ticket";
        public const string PrinterFailed = "printer-failed";
        public const string NotAllowed = "not-allowed";
        public const string UnknownCounter = "unknown-counter";

        /// <summary>Local only, never on the wire: the event expired without a reply.</summary>
        public const string NoReply = "no-reply";
    }
}
