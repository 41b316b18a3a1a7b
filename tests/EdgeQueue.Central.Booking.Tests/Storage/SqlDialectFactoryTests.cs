using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Tests.Storage;

public sealed class SqlDialectFactoryTests
{
    [Theory]
    [InlineData("Host=db.example;Database=booking;Username=eq", "postgresql")]
    [InlineData("postgres://eq:secret@db.example:5433/booking", "postgresql")]
    [InlineData("Data Source=/tmp/eq-factory-test/central.db", "sqlite")]
    public async Task Create_ConnectionString_ChoosesTheDatabase(string connectionString, string expected)
    {
        await using var dialect = SqlDialectFactory.Create(new BookingOptions { ConnectionString = connectionString });

        Assert.Equal(expected, dialect.Name);
    }

    [Fact]
    public void Create_NeitherKind_ExplainsBothForms()
    {
        var error = Assert.Throws<InvalidOperationException>(() => SqlDialectFactory.Create(new BookingOptions { ConnectionString = "Foo=bar" }));

        Assert.Contains("Data Source=", error.Message, StringComparison.Ordinal);
        Assert.Contains("Host=", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_PostgresUrl_BecomesKeyValueString()
    {
        var normalized = PostgresConnectionString.Normalize("postgres://eq:s%40cret@db.example:5433/booking");

        Assert.Contains("Host=db.example", normalized, StringComparison.Ordinal);
        Assert.Contains("Port=5433", normalized, StringComparison.Ordinal);
        Assert.Contains("Password=s@cret", normalized, StringComparison.Ordinal);
        Assert.Contains("Database=booking", normalized, StringComparison.Ordinal);
    }
}
