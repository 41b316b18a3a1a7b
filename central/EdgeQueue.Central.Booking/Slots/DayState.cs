namespace EdgeQueue.Central.Booking.Slots;

/// <summary>How a calendar day looks to a resident.</summary>
public enum DayState
{
    /// <summary>At least one free slot.</summary>
    Free,

    /// <summary>Open, but every slot is taken.</summary>
    Full,

    /// <summary>Weekend, holiday, closed day or no booking hours that weekday.</summary>
    Closed,

    /// <summary>In the past, inside the lead time, or beyond the booking horizon.</summary>
    OutOfRange,
}
