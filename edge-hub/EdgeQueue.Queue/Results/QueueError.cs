namespace EdgeQueue.Queue.Results;

/// <summary>Why a command was refused. <see cref="QueueErrorCodes.Wire"/> gives the code sent to devices.</summary>
public enum QueueError
{
    None,
    InvalidRequest,
    UnknownCategory,
    CategoryClosed,
    DailyLimitReached,
    UnknownCounter,
    CounterClosed,
    CounterBusy,
    NothingToCall,
    NoCurrentTicket,
    SameCategory,
    UnknownBookingCode,
    BookingCancelled,
    AlreadyCheckedIn,
    TooEarly,
    TooLate,
    StaleBooking,

    /// <summary>The store could not commit (disk full, I/O error); nothing changed, the device may retry.</summary>
    StorageFailure,

    /// <summary>A fault in the hub itself; nothing changed.</summary>
    InternalError,
}
