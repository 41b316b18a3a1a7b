using EdgeQueue.Central.Booking.Visits;

namespace EdgeQueue.Central.Booking.Slots;

/// <summary>A slot query's value, or the reason there is none (unknown matter, location not offering it, bad month).</summary>
public sealed record SlotQueryResult<T>(T? Value, BookingError? Error)
    where T : class
{
    public bool Succeeded => Value is not null;

    public static SlotQueryResult<T> Success(T value) => new(value, null);

    public static SlotQueryResult<T> Failure(BookingError error) => new(null, error);
}
