using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Visits;

public sealed class SqliteVisitBookingTests : VisitBookingTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
