using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Users;

[Collection(PostgresCollection.Name)]
public sealed class PostgresUserDirectoryTests(PostgresFixture postgres) : UserDirectoryTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
