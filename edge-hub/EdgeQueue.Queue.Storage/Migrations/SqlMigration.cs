using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>A migration that is plain SQL statements.</summary>
public abstract class SqlMigration : ISchemaMigration
{
    public abstract int Version { get; }

    public abstract string Description { get; }

    protected abstract IReadOnlyList<string> Statements { get; }

    public void Apply(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var sql in Statements)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
