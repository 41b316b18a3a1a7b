using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>Chooses the database by the connection string: PostgreSQL for Host=… or postgres:// URLs, SQLite for Data Source=….</summary>
internal static class SqlDialectFactory
{
    public const string DefaultDatabaseFile = "central.db";

    public static SqlDialect Create(BookingOptions options)
    {
        var connectionString = options.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return new SqliteDialect($"Data Source={Path.Combine(Path.GetFullPath(options.DataFolder), DefaultDatabaseFile)}");
        }

        if (CentralDatabase.PostgresOrNull(connectionString) is not null)
        {
            return new PostgresDialect(connectionString);
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (builder.ContainsKey("Data Source") || builder.ContainsKey("DataSource") || builder.ContainsKey("Filename"))
        {
            return new SqliteDialect(connectionString);
        }

        throw new InvalidOperationException(
            $"{BookingOptions.SectionName}:ConnectionString is neither SQLite (Data Source=path/central.db) nor PostgreSQL (Host=…;Database=…;Username=… or postgres://…).");
    }
}
