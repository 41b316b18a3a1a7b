namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>
/// Base of test classes that run unchanged on SQLite and on PostgreSQL: each derived class says how
/// to get a fresh, empty database.
/// </summary>
public abstract class StoreTestBase
{
    protected abstract Task<string> NewDatabaseAsync();

    protected async Task<BookingHarness> StartAsync(IDictionary<string, string?>? settings = null) =>
        await BookingHarness.StartAsync(await NewDatabaseAsync(), settings);
}
