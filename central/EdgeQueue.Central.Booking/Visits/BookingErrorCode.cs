namespace EdgeQueue.Central.Booking.Visits;

/// <summary>Why a booking, cancellation or slot query was refused; stable names for API clients.</summary>
public enum BookingErrorCode
{
    InvalidInput,
    InvalidPesel,
    InvalidName,
    InvalidEmail,
    InvalidPhone,
    ConsentRequired,
    MatterNotFound,
    LocationNotFound,
    MatterNotOfferedAtLocation,
    DayOutOfRange,
    TooLate,
    DayClosed,
    NotASlot,
    SlotFull,
    PeselLimitReached,
    VisitNotFound,
    CancellationTooLate,
}
