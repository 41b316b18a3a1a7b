namespace EdgeQueue.Central.Booking.Visits;

/// <summary>The cancelled visit or the reason nothing was cancelled.</summary>
public sealed record CancellationResult(BookedVisit? Visit, BookingError? Error)
{
    public bool Succeeded => Visit is not null;

    /// <summary>The resident's cancellation message (e-mail) went out.</summary>
    public bool ConfirmationSent { get; init; }

    public static CancellationResult Success(BookedVisit visit) => new(visit, null);

    public static CancellationResult Failure(BookingError error) => new(null, error);
}
