namespace EdgeQueue.Central.Booking.Administration;

/// <summary>The outcome of an administration command.</summary>
public sealed record AdminResult(AdminError? Error)
{
    public static AdminResult Ok { get; } = new((AdminError?)null);

    public bool Succeeded => Error is null;

    public static AdminResult Failure(AdminError error) => new(error);
}
