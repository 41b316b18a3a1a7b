namespace EdgeQueue.Contracts.Messages;

/// <summary>Error codes of a failed <see cref="DeviceReply"/>: stable strings devices can switch on.</summary>
public static class ReplyErrors
{
    /// <summary>The payload was not the JSON the contract describes.</summary>
    public const string BadRequest = "bad-request";

    public const string UnknownKind = "unknown-kind";
    public const string UnknownCategory = "unknown-category";
    public const string CategoryClosed = "category-closed";
    public const string LimitReached = "limit-reached";
    public const string UnknownCounter = "unknown-counter";
    public const string CounterClosed = "counter-closed";
    public const string NothingToCall = "nothing-to-call";
    public const string NoCurrentTicket = "no-current-ticket";
    public const string UnknownCode = "unknown-code";
    public const string TooEarly = "too-early";
    public const string TooLate = "too-late";
    public const string BookingCancelled = "booking-cancelled";

    /// <summary>The ticket is committed but could not be printed; a retry of the same event reprints.</summary>
    public const string PrinterFailed = "printer-failed";

    /// <summary>The device's role or configuration does not allow this event.</summary>
    public const string NotAllowed = "not-allowed";

    /// <summary>The device sent more events than the hub takes from one device; nothing was done, wait and send again.</summary>
    public const string RateLimited = "rate-limited";

    /// <summary>The hub's disk refused the commit (full, I/O error); nothing was done, the same event may be sent again.</summary>
    public const string StorageFailure = "storage-failure";

    public const string Internal = "internal";
}
