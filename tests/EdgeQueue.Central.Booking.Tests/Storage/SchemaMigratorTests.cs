using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Storage;

public abstract class SchemaMigratorTests : StoreTestBase
{
    [Fact]
    public async Task MigrateAsync_FreshDatabase_AppliesEveryVersionOnce()
    {
        await using var dialect = SqlDialectFactory.Create(new BookingOptions { ConnectionString = await NewDatabaseAsync() });

        var first = await SchemaMigrator.MigrateAsync(dialect, SchemaMigrations.All, 0, CancellationToken.None);
        var second = await SchemaMigrator.MigrateAsync(dialect, SchemaMigrations.All, 0, CancellationToken.None);

        Assert.Equal(SchemaMigrations.All.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(SchemaMigrations.All[^1].Version, await SchemaMigrator.CurrentVersionAsync(dialect, CancellationToken.None));
    }

    [Fact]
    public async Task MigrateAsync_DatabaseAtVersionOne_UpgradesKeepingData()
    {
        var connectionString = await NewDatabaseAsync();
        await using var dialect = SqlDialectFactory.Create(new BookingOptions { ConnectionString = connectionString });
        await SchemaMigrator.MigrateAsync(dialect, SchemaMigrations.All.Take(1).ToList(), 0, CancellationToken.None);
        await using (var scope = await dialect.BeginWriteAsync(CancellationToken.None))
        {
            await scope.Command("INSERT INTO locations (id, name, address) VALUES ('olsztyn-ratusz', 'Ratusz', 'Plac Jana Pawła II 1')").ExecuteAsync(CancellationToken.None);
            await scope.CommitAsync(CancellationToken.None);
        }

        var applied = await SchemaMigrator.MigrateAsync(dialect, SchemaMigrations.All, 0, CancellationToken.None);

        Assert.Equal(SchemaMigrations.All.Count - 1, applied);
        await using var connection = await dialect.OpenAsync(CancellationToken.None);
        Assert.Equal("Ratusz", await connection.CreateCommand("SELECT name FROM locations WHERE id = 'olsztyn-ratusz'").ScalarAsync<string>(CancellationToken.None));
    }

    [Fact]
    public async Task SeedIfEmptyAsync_FreshInstall_SeedsACityHallOnce()
    {
        await using var h = await StartAsync();

        var departments = await h.Catalogue.GetDepartmentsAsync();
        var locations = await h.Catalogue.GetLocationsAsync();
        var citizens = (await h.Catalogue.GetDepartmentAsync(departments.Single(d => d.Name == "Wydział Spraw Obywatelskich").Id))!;
        var libelta = locations.Single(l => l.Id == "poznan-libelta");

        Assert.Contains(departments, d => d.Name == "Wydział Komunikacji");
        Assert.Contains(departments, d => d.Name == "Urząd Stanu Cywilnego");
        Assert.Equal(["Dowody osobiste", "Meldunki"], citizens.Groups.Select(g => g.Group.Name));
        Assert.Equal(new OpeningHours(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0)), libelta.Hours[0]);
        Assert.Equal(new OpeningHours(DayOfWeek.Friday, new TimeOnly(7, 30), new TimeOnly(15, 30)), libelta.Hours[^1]);
        var matter = (await h.Catalogue.GetMatterAsync(citizens.Groups[0].Matters[0].Id))!;
        Assert.Contains("Aktualne kolorowe zdjęcie 35×45 mm", matter.RequiredDocuments);
        Assert.Equal(2, matter.Locations.Count);
        Assert.False(await CatalogueSeed.SeedIfEmptyAsync(h.Database.Dialect, new BookingClock(h.Clock, h.Clock.LocalTimeZone), CancellationToken.None));
        Assert.Contains(await h.Catalogue.GetClosedDaysAsync(new DateOnly(2027, 1, 1)), d => d.Day == new DateOnly(2027, 3, 29) && d.Reason == "Poniedziałek Wielkanocny");
    }
}
