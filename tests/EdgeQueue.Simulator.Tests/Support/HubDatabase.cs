using Microsoft.Data.Sqlite;

namespace EdgeQueue.Simulator.Tests.Support;

/// <summary>The hub's queue database of a finished run, opened read-only for plain SQL checks.</summary>
internal static class HubDatabase
{
    public static SqliteConnection Open(string dataFolder)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataFolder, "queue.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
