namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>
/// Central → hub on <c>…/sync/bookings</c>, QoS 1: consecutive entries of the site's booking change
/// log, oldest first. Only what the hall needs: no PESEL, e-mail or phone (DESIGN.md §5 rule 5).
/// </summary>
public sealed record SyncBookingBatch(IReadOnlyList<SyncedBooking> Bookings);
