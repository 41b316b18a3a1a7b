namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// Booking, cancelling and looking up visits. Every rule is checked here (horizon, lead time, hours,
/// closed days, PESEL, limit per PESEL) and capacity is enforced by the database, so no slot is ever
/// overbooked, whichever page or API calls it and however many at once.
/// </summary>
public interface IVisitBooking
{
    Task<BookingResult> BookAsync(BookVisitRequest request, BookingActor actor, CancellationToken cancellation = default);

    Task<CancellationResult> CancelAsync(CancelVisitRequest request, BookingActor actor, CancellationToken cancellation = default);

    /// <summary>"Sprawdź wizytę": the visit with this code if the PESEL matches; null otherwise (no hint which was wrong).</summary>
    Task<BookedVisit?> FindAsync(string code, string pesel, CancellationToken cancellation = default);

    /// <summary>Call-centre: the caller's active (booked, not yet past) visits.</summary>
    Task<IReadOnlyList<BookedVisit>> FindActiveByPeselAsync(string pesel, CancellationToken cancellation = default);
}
