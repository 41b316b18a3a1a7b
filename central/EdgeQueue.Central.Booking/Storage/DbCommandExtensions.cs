using System.Data.Common;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>Plain ADO.NET helpers: parameters by name (<c>@name</c>, understood by both providers).</summary>
internal static class DbCommandExtensions
{
    public static DbCommand CreateCommand(this DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(this DbCommand command, CancellationToken cancellation)
    {
        await using (command)
        {
            return await command.ExecuteNonQueryAsync(cancellation);
        }
    }

    public static async Task<T?> ScalarAsync<T>(this DbCommand command, CancellationToken cancellation)
    {
        await using (command)
        {
            var value = await command.ExecuteScalarAsync(cancellation);
            return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static async Task<List<T>> ListAsync<T>(this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellation)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancellation);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellation))
            {
                rows.Add(map(reader));
            }

            return rows;
        }
    }

    public static async Task<T?> SingleOrDefaultAsync<T>(this DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellation)
        where T : class
    {
        var rows = await command.ListAsync(map, cancellation);
        return rows.Count == 0 ? null : rows[0];
    }

    public static int Int(this DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);

    public static string Text(this DbDataReader reader, int ordinal) => reader.GetString(ordinal);

    public static string? NullableText(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static bool Flag(this DbDataReader reader, int ordinal) => reader.Long(ordinal) != 0;
}
