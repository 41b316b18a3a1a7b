using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Users;

public sealed class SqliteUserDirectoryTests : UserDirectoryTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
