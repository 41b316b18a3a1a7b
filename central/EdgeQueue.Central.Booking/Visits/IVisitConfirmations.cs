namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// Tells the resident that a visit was booked or cancelled, once it is committed; called by
/// <see cref="IVisitBooking"/> itself, so every page and API endpoint behaves the same. The web host
/// sends e-mails; without one registered nothing is sent.
/// </summary>
public interface IVisitConfirmations
{
    /// <summary>True when the message went out. A failure is the implementation's to log; it never undoes the booking.</summary>
    Task<bool> BookedAsync(BookedVisit visit, CancellationToken cancellation);

    /// <summary>True when the message went out.</summary>
    Task<bool> CancelledAsync(BookedVisit visit, CancellationToken cancellation);
}
