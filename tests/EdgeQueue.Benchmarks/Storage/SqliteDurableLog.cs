using EdgeQueue.Queue.Storage;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Benchmarks.Storage;

/// <summary>SQLite opened exactly as the hall's queue store is (WAL, synchronous=FULL), one insert per transaction.</summary>
internal sealed class SqliteDurableLog : IDurableLog
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _insert;

    public SqliteDurableLog(string path)
    {
        _connection = SqliteSetup.OpenDurable(path);
        using (var create = _connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS log (id INTEGER PRIMARY KEY, at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        _insert = _connection.CreateCommand();
        _insert.CommandText = "INSERT INTO log (id, at) VALUES ($id, 'ticket')";
        _insert.Parameters.Add(new SqliteParameter("$id", 0L));
    }

    public static string Describe() => "SQLite " + new SqliteConnection("Data Source=:memory:").ServerVersion + " (WAL, FULL)";

    public void Append(long id)
    {
        using var transaction = _connection.BeginTransaction();
        _insert.Transaction = transaction;
        _insert.Parameters["$id"].Value = id;
        _insert.ExecuteNonQuery();
        transaction.Commit();
    }

    public IReadOnlyCollection<long> ReadAll()
    {
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT id FROM log";
        using var reader = read.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    public void Dispose()
    {
        _insert.Dispose();
        _connection.Dispose();
    }
}
