using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Visits;

[Collection(PostgresCollection.Name)]
public sealed class PostgresConcurrentBookingTests(PostgresFixture postgres) : ConcurrentBookingTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
