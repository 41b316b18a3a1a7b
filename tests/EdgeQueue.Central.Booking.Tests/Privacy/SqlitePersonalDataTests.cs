using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

public sealed class SqlitePersonalDataTests : PersonalDataTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
