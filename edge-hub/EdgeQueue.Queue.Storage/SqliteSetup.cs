using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage;

/// <summary>How every queue connection is opened: WAL journal, synchronous=FULL, a busy timeout.</summary>
public static class SqliteSetup
{
    /// <summary>
    /// Opens a connection whose commits survive power loss: WAL with synchronous=FULL syncs the
    /// log on every commit. No pooling, so disposing really closes the file.
    /// </summary>
    public static SqliteConnection OpenDurable(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
            {
                // SQLite falls back to read-only without a word and fails at the first write: say it now.
                throw new QueueStoreException(
                    $"'{path}' can only be opened read-only (a read-only file system, or no write permission on the file or its folder)");
            }

            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = WAL";
            var mode = command.ExecuteScalar() as string;
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new QueueStoreException($"'{path}' cannot use the WAL journal (got '{mode}'); is it on a network file system?");
            }

            command.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
