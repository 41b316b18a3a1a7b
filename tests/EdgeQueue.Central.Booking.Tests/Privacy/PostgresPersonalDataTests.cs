using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

[Collection(PostgresCollection.Name)]
public sealed class PostgresPersonalDataTests(PostgresFixture postgres) : PersonalDataTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
