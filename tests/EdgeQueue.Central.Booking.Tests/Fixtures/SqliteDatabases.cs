using EdgeQueue.Testing;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>Fresh SQLite files in a temp folder.</summary>
public static class SqliteDatabases
{
    private static readonly TempDirectory Folder = new("eq-booking-sqlite");

    public static Task<string> NewAsync() => Task.FromResult($"Data Source={Folder.File($"{Guid.NewGuid():N}.db")}");
}
