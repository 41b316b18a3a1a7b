namespace EdgeQueue.Central.Booking.Visits;

/// <summary>The booking core alone (tests, benchmarks): nothing is sent.</summary>
internal sealed class NoVisitConfirmations : IVisitConfirmations
{
    public Task<bool> BookedAsync(BookedVisit visit, CancellationToken cancellation) => Task.FromResult(false);

    public Task<bool> CancelledAsync(BookedVisit visit, CancellationToken cancellation) => Task.FromResult(false);
}
