using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Administration;

public sealed class SqliteBookingAdministrationTests : BookingAdministrationTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
