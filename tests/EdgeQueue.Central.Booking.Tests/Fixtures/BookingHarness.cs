using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>
/// The booking core wired as a host would wire it (AddCentralBooking), on a given database, with a
/// manual clock at Tuesday 1 December 2026, 08:00 in Warsaw.
/// </summary>
public sealed class BookingHarness : IAsyncDisposable
{
    public const string PeselKey = "dGVzdC1rZXktZm9yLXBlc2VsLWhtYWMtMzItYnl0ZXMhIQ==";
    public const string Site = "poznan-libelta";
    public const string AdminPassword = "correct horse battery";
    public static readonly DateOnly Today = new(2026, 12, 1);

    private readonly ServiceProvider _services;
    private readonly TempDirectory _data;

    private BookingHarness(ServiceProvider services, TempDirectory data, ManualTimeProvider clock)
    {
        _services = services;
        _data = data;
        Clock = clock;
    }

    public ManualTimeProvider Clock { get; }

    public IVisitBooking Booking => _services.GetRequiredService<IVisitBooking>();

    public ISlotCalendar Calendar => _services.GetRequiredService<ISlotCalendar>();

    public IBookingCatalogue Catalogue => _services.GetRequiredService<IBookingCatalogue>();

    public IBookingAdministration Admin => _services.GetRequiredService<IBookingAdministration>();

    public IUserDirectory Users => _services.GetRequiredService<IUserDirectory>();

    public IRetentionPurge Purge => _services.GetRequiredService<IRetentionPurge>();

    public ISiteBookingFeed Feed => _services.GetRequiredService<ISiteBookingFeed>();

    internal BookingDatabase Database => _services.GetRequiredService<BookingDatabase>();

    public static DateTimeOffset StartInstant => new(2026, 12, 1, 7, 0, 0, TimeSpan.Zero);

    public static async Task<BookingHarness> StartAsync(string connectionString, IDictionary<string, string?>? settings = null)
    {
        var data = new TempDirectory("eq-booking");
        var values = new Dictionary<string, string?>
        {
            ["Central:Booking:ConnectionString"] = connectionString,
            ["Central:Booking:DataFolder"] = data.Path,
            ["Central:Booking:PeselKey"] = PeselKey,
            ["Central:Booking:PasswordIterations"] = "1000",
            ["Central:Booking:InitialAdminPassword"] = AdminPassword,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var clock = new ManualTimeProvider(StartInstant, BookingClock.FindZone("Europe/Warsaw"));
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddCentralBooking(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider();
        await services.GetServices<IHostedService>().OfType<BookingStartup>().Single().StartAsync(CancellationToken.None);
        return new BookingHarness(services, data, clock);
    }

    /// <summary>A fresh matter at <see cref="Site"/> with known length and capacity.</summary>
    public async Task<int> CreateMatterAsync(int counters = 1, int minutes = 15, string category = "T")
    {
        var departments = await Catalogue.GetDepartmentsAsync();
        var group = await Admin.CreateMatterGroupAsync(new MatterGroupDraft(departments[0].Id, "Grupa testowa", 99), "test");
        var matter = await Admin.CreateMatterAsync(new MatterDraft(group.Value, "Sprawa testowa", "Opis", ["Dowód osobisty"], minutes, category, true, 1), "test");
        Assert.True(matter.Succeeded, matter.Error?.MessageEn);
        var capacity = await Admin.SetMatterCapacityAsync(matter.Value, Site, counters, "test");
        Assert.True(capacity.Succeeded, capacity.Error?.MessageEn);
        return matter.Value;
    }

    public static BookVisitRequest Request(int matterId, DateOnly day, TimeOnly time, string? pesel = null, string site = Site) =>
        new(matterId, site, day, time, pesel ?? TestPesel.Nth(1), "Jan", "Kowalski", "jan.kowalski@example.pl", "+48 600 100 200", true);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _data.Dispose();
    }
}
