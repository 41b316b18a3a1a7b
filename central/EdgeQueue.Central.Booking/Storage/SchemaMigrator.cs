namespace EdgeQueue.Central.Booking.Storage;

/// <summary>Brings a database up to the newest schema version, one migration per transaction.</summary>
internal static class SchemaMigrator
{
    public static async Task<int> MigrateAsync(SqlDialect dialect, IReadOnlyList<Migration> migrations, long nowUnixMs, CancellationToken cancellation)
    {
        var applied = 0;
        foreach (var migration in migrations.OrderBy(m => m.Version))
        {
            await using var scope = await dialect.BeginWriteAsync(cancellation);
            if (dialect.MigrationLockSql is { } lockSql)
            {
                await scope.Command(lockSql).ExecuteAsync(cancellation);
            }

            await scope.Command("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
                .ExecuteAsync(cancellation);
            var current = await scope.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").ScalarAsync<long>(cancellation);
            if (migration.Version <= current)
            {
                continue;
            }

            foreach (var statement in migration.Statements)
            {
                await scope.Command(Expand(dialect, statement)).ExecuteAsync(cancellation);
            }

            await scope.Command("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)",
                ("@v", migration.Version), ("@n", migration.Name), ("@at", nowUnixMs)).ExecuteAsync(cancellation);
            await scope.CommitAsync(cancellation);
            applied++;
        }

        return applied;
    }

    public static async Task<int> CurrentVersionAsync(SqlDialect dialect, CancellationToken cancellation)
    {
        await using var connection = await dialect.OpenAsync(cancellation);
        await connection.CreateCommand("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")
            .ExecuteAsync(cancellation);
        return (int)await connection.CreateCommand("SELECT COALESCE(MAX(version), 0) FROM schema_migrations").ScalarAsync<long>(cancellation);
    }

    private static string Expand(SqlDialect dialect, string statement) => statement
        .Replace("{id}", dialect.IdentityColumn, StringComparison.Ordinal)
        .Replace("{bigid}", dialect.BigIdentityColumn, StringComparison.Ordinal)
        .Replace("{blob}", dialect.BlobType, StringComparison.Ordinal);
}
