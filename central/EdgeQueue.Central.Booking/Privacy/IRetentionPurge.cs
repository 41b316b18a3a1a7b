namespace EdgeQueue.Central.Booking.Privacy;

/// <summary>
/// Deletes residents' personal data (names, e-mail, phone, PESEL hash) of visits whose day is older
/// than the retention period. Runs periodically in the background; callable on demand.
/// </summary>
public interface IRetentionPurge
{
    /// <returns>How many visits were purged.</returns>
    Task<int> PurgeAsync(CancellationToken cancellation = default);
}
