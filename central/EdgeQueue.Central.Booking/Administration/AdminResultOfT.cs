namespace EdgeQueue.Central.Booking.Administration;

/// <summary>The outcome of an administration command that creates something (its id).</summary>
public sealed record AdminResult<T>(T? Value, AdminError? Error)
{
    public bool Succeeded => Error is null;

    public static AdminResult<T> Success(T value) => new(value, null);

    public static AdminResult<T> Failure(AdminError error) => new(default, error);
}
