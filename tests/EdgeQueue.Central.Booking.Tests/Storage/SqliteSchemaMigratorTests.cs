using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Storage;

public sealed class SqliteSchemaMigratorTests : SchemaMigratorTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
