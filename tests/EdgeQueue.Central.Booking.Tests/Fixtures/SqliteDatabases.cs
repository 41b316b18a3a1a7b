using EdgeQueue.Testing;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>Fresh SQLite files in one temp folder, removed when the test run ends.</summary>
public static class SqliteDatabases
{
    private static readonly TempDirectory Folder = CreateFolder();

    public static Task<string> NewAsync() => Task.FromResult($"Data Source={Folder.File($"{Guid.NewGuid():N}.db")}");

    private static TempDirectory CreateFolder()
    {
        var folder = new TempDirectory("eq-booking-sqlite");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => folder.Dispose();
        return folder;
    }
}
