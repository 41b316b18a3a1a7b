using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Storage;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaMigratorTests(PostgresFixture postgres) : SchemaMigratorTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
