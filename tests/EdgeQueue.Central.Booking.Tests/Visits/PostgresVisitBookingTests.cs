using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Visits;

[Collection(PostgresCollection.Name)]
public sealed class PostgresVisitBookingTests(PostgresFixture postgres) : VisitBookingTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
