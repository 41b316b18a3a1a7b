using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>One step of the store's schema. Steps run in version order, each in its own transaction.</summary>
public interface ISchemaMigration
{
    int Version { get; }

    string Description { get; }

    void Apply(SqliteConnection connection, SqliteTransaction transaction);
}
