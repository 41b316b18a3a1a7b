using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Slots;

public sealed class SqliteSlotCalendarTests : SlotCalendarTests
{
    protected override Task<string> NewDatabaseAsync() => SqliteDatabases.NewAsync();
}
