using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Slots;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSlotCalendarTests(PostgresFixture postgres) : SlotCalendarTests
{
    protected override Task<string> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
