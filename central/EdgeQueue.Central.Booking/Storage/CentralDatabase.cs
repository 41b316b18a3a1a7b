using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// Which database central's configured connection string names: PostgreSQL for <c>Host=…</c> or
/// <c>postgres://</c> URLs (shared by every central instance), else SQLite files in the data folder.
/// The booking tables and the sync tables follow the same choice.
/// </summary>
public static class CentralDatabase
{
    /// <summary>The Npgsql connection string when <paramref name="connectionString"/> names PostgreSQL; null otherwise.</summary>
    public static string? PostgresOrNull(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        if (PostgresConnectionString.IsUrl(connectionString))
        {
            return PostgresConnectionString.Normalize(connectionString);
        }

        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return builder.ContainsKey("Host") || builder.ContainsKey("Server") ? connectionString : null;
    }
}
