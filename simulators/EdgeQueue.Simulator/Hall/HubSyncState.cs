using EdgeQueue.Queue.Storage;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// How far the hub's sync with central has come, read from its queue database (read-only): the
/// bookings it has registered from central's feed, and whether central has acknowledged every
/// event the hub committed (the outbox is empty).
/// </summary>
internal static class HubSyncState
{
    public static IReadOnlySet<string> RegisteredBookings(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json_extract(payload, '$.code') FROM events WHERE type = 'BookingRegistered'";
        using var reader = command.ExecuteReader();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            codes.Add(reader.GetString(0));
        }

        return codes;
    }

    /// <summary>True when central has acknowledged the newest event in the hub's log.</summary>
    public static bool EverythingAcknowledged(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT (SELECT CAST(value AS INTEGER) FROM meta WHERE key = '{SqliteQueueStore.OutboxAcknowledgedKey}')
                   >= (SELECT COALESCE(MAX(seq), 0) FROM events)
            """;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static SqliteConnection Open(string databasePath)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
