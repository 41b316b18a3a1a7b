using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace EdgeQueue.Central.Hosting;

/// <summary>
/// The data-protection key ring in central's PostgreSQL database, so every central instance signs
/// and reads the same staff cookies, anti-forgery tokens and confirmation links: a request may land
/// on any instance. Keys are only ever added (ASP.NET revokes by writing a revocation element).
/// </summary>
public sealed class PostgresKeyRing : IXmlRepository, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresKeyRing(string connectionString)
    {
        _dataSource = NpgsqlDataSource.Create(connectionString);
        using var create = _dataSource.CreateCommand(
            "CREATE TABLE IF NOT EXISTS data_protection_keys (name TEXT PRIMARY KEY, xml TEXT NOT NULL, added TIMESTAMPTZ NOT NULL DEFAULT now())");
        create.ExecuteNonQuery();
    }

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = _dataSource.CreateCommand("SELECT xml FROM data_protection_keys ORDER BY added, name");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read())
        {
            elements.Add(XElement.Parse(reader.GetString(0)));
        }

        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var command = _dataSource.CreateCommand(
            "INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue("name", string.IsNullOrEmpty(friendlyName) ? Guid.NewGuid().ToString("N") : friendlyName);
        command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }

    public void Dispose() => _dataSource.Dispose();
}
