namespace EdgeQueue.Queue.Results;

/// <summary>The kebab-case codes of <see cref="QueueError"/> used on the wire (DESIGN.md §4 replies).</summary>
public static class QueueErrorCodes
{
    public static string Wire(this QueueError error) => error switch
    {
        QueueError.None => "ok",
        QueueError.InvalidRequest => "invalid-request",
        QueueError.UnknownCategory => "unknown-category",
        QueueError.CategoryClosed => "category-closed",
        QueueError.DailyLimitReached => "limit-reached",
        QueueError.UnknownCounter => "unknown-counter",
        QueueError.CounterClosed => "counter-closed",
        QueueError.CounterBusy => "counter-busy",
        QueueError.NothingToCall => "nothing-to-call",
        QueueError.NoCurrentTicket => "no-current-ticket",
        QueueError.SameCategory => "same-category",
        QueueError.UnknownBookingCode => "unknown-booking-code",
        QueueError.BookingCancelled => "booking-cancelled",
        QueueError.AlreadyCheckedIn => "already-checked-in",
        QueueError.TooEarly => "too-early",
        QueueError.TooLate => "too-late",
        QueueError.StaleBooking => "stale-booking",
        QueueError.StorageFailure => "storage-failure",
        QueueError.InternalError => "internal-error",
        _ => "error",
    };
}
