using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Administration;

[Collection(PostgresCollection.Name)]
public sealed class PostgresBookingAdministrationTests(PostgresFixture postgres) : BookingAdministrationTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
