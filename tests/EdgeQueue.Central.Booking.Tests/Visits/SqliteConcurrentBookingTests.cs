using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Visits;

public sealed class SqliteConcurrentBookingTests : ConcurrentBookingTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
