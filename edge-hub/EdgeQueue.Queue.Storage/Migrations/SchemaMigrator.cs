using System.Globalization;
using Microsoft.Data.Sqlite;

namespace EdgeQueue.Queue.Storage.Migrations;

/// <summary>
/// Brings a store to the schema this code expects. The applied versions are recorded in
/// <c>schema_version</c>; each step runs with its record in one transaction, so a crash during an
/// upgrade leaves the store at the last whole version and the next start continues from there.
/// </summary>
public static class SchemaMigrator
{
    public static IReadOnlyList<ISchemaMigration> All { get; } =
    [
        new M0001EventLog(),
        new M0002SnapshotsAndOutbox(),
        new M0003RequestRetention(),
    ];

    public static int CurrentVersion => All[^1].Version;

    /// <summary>The schema version of the store; 0 for an empty file.</summary>
    public static int ReadVersion(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!TableExists(connection, "schema_version"))
        {
            if (TableExists(connection, null))
            {
                throw new QueueStoreException(
                    $"'{connection.DataSource}' holds tables but no schema_version: it is not an EdgeQueue queue store");
            }

            return 0;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies the missing steps up to <paramref name="targetVersion"/> (tests stop early to make old stores).</summary>
    public static int MigrateTo(SqliteConnection connection, int targetVersion, DateTimeOffset now)
    {
        var version = ReadVersion(connection);
        if (version > CurrentVersion)
        {
            throw new QueueStoreException(
                $"the queue store '{connection.DataSource}' has schema version {version}, newer than this hub understands ({CurrentVersion}); upgrade the hub");
        }

        foreach (var migration in All.Where(m => m.Version > version && m.Version <= targetVersion).OrderBy(m => m.Version))
        {
            using var transaction = connection.BeginTransaction();
            using (var create = connection.CreateCommand())
            {
                create.Transaction = transaction;
                create.CommandText =
                    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)";
                create.ExecuteNonQuery();
            }

            migration.Apply(connection, transaction);
            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_version (version, description, applied_at) VALUES ($v, $d, $at)";
                record.Parameters.AddWithValue("$v", migration.Version);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$at", now.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            version = migration.Version;
        }

        return version;
    }

    private static bool TableExists(SqliteConnection connection, string? name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = name is null
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        if (name is not null)
        {
            command.Parameters.AddWithValue("$name", name);
        }

        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }
}
