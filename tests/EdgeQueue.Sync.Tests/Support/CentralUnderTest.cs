using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Central.Sync;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace EdgeQueue.Sync.Tests.Support;

/// <summary>
/// Central as its host wires it (AddCentralBooking + AddCentralSync, hosted services started in
/// order) on SQLite files in a data folder that outlives a restart; the sync link connects to the
/// given central broker. Only the booking core and the sync link run: no web pages.
/// </summary>
internal sealed class CentralUnderTest : IAsyncDisposable
{
    public const string Site = "poznan-libelta";
    private static readonly string[] LastNames = ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"];
    private const string PeselKey = "dGVzdC1rZXktZm9yLXBlc2VsLWhtYWMtMzItYnl0ZXMhIQ==";

    private readonly ServiceProvider _services;
    private readonly List<IHostedService> _hosted;

    private CentralUnderTest(ServiceProvider services, List<IHostedService> hosted)
    {
        _services = services;
        _hosted = hosted;
    }

    public ICentralSyncReader Reader => _services.GetRequiredService<ICentralSyncReader>();

    public CentralSyncStore Store => _services.GetRequiredService<CentralSyncStore>();

    public CentralSyncLink Link => _services.GetRequiredService<CentralSyncLink>();

    public IVisitBooking Booking => _services.GetRequiredService<IVisitBooking>();

    /// <param name="dayClock">Central's day (as the demo's simulated one); the sync link still waits on the real clock. Null: the real clock for both.</param>
    public static Task<CentralUnderTest> StartAsync(ITestOutputHelper output, string dataFolder, CentralBroker broker, string? caFile = null,
        TimeProvider? dayClock = null) =>
        StartCoreAsync(output, dataFolder, $"Data Source={Path.Combine(dataFolder, "central.db")}", Settings(broker, caFile), dayClock);

    /// <summary>
    /// The booking core alone on <paramref name="connectionString"/> (no sync link): the desk where a
    /// test creates matters and books visits while central instances run as processes on the same database.
    /// </summary>
    public static Task<CentralUnderTest> StartBookingDeskAsync(ITestOutputHelper output, string dataFolder, string connectionString) =>
        StartCoreAsync(output, dataFolder, connectionString, new Dictionary<string, string>());

    /// <summary>The settings every central of a test shares with the desk (the PESEL key above all), as configuration keys.</summary>
    public static IReadOnlyDictionary<string, string> SharedBookingSettings { get; } = new Dictionary<string, string>
    {
        ["Central:Booking:PeselKey"] = PeselKey,
        ["Central:Booking:PasswordIterations"] = "1000",
        ["Central:Booking:InitialAdminPassword"] = "correct horse battery",
    };

    /// <summary>The sync link's settings for a test: central's login on <paramref name="broker"/>, fast polls and resends.</summary>
    public static Dictionary<string, string> Settings(CentralBroker broker, string? caFile = null) => new()
    {
        ["Central:Sync:BrokerUrl"] = broker.Url,
        ["Central:Sync:Username"] = CentralBroker.CentralUser,
        ["Central:Sync:Password"] = CentralBroker.CentralPassword,
        ["Central:Sync:CaFile"] = caFile ?? "",
        ["Central:Sync:BookingPollInterval"] = "00:00:00.200",
        ["Central:Sync:ResendAfter"] = "00:00:03",
    };

    private static async Task<CentralUnderTest> StartCoreAsync(ITestOutputHelper output, string dataFolder, string connectionString,
        IReadOnlyDictionary<string, string> sync, TimeProvider? dayClock = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Central:Booking:ConnectionString"] = connectionString,
            ["Central:Booking:DataFolder"] = dataFolder,
        };
        foreach (var (key, value) in SharedBookingSettings.Concat(sync))
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        if (dayClock is not null)
        {
            // As central's command line registers the demo's clocks.
            services.AddSingleton(dayClock).AddKeyedSingleton(CentralSyncOptions.NetworkClock, TimeProvider.System);
        }

        var provider = services
            .AddLogging(l => l.AddProvider(new TestLog(output, "central")))
            .AddCentralBooking(configuration)
            .AddCentralSync(configuration)
            .BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        return new CentralUnderTest(provider, hosted);
    }

    /// <summary>A matter at <see cref="Site"/> whose visits queue in <paramref name="category"/>.</summary>
    public async Task<int> CreateMatterAsync(string category)
    {
        var admin = _services.GetRequiredService<IBookingAdministration>();
        var departments = await _services.GetRequiredService<IBookingCatalogue>().GetDepartmentsAsync();
        var group = await admin.CreateMatterGroupAsync(new MatterGroupDraft(departments[0].Id, "Grupa synchronizacji", 99), "test");
        var matter = await admin.CreateMatterAsync(
            new MatterDraft(group.Value, $"Sprawa {category}", "Opis", ["Dowód osobisty"], 15, category, true, 1), "test");
        Assert.True(matter.Succeeded, matter.Error?.MessageEn);
        var capacity = await admin.SetMatterCapacityAsync(matter.Value, Site, 4, "test");
        Assert.True(capacity.Succeeded, capacity.Error?.MessageEn);
        return matter.Value;
    }

    /// <summary>Books the first free slot at <paramref name="time"/> on the next working days (the hall's calendar decides which).</summary>
    public async Task<BookedVisit> BookAsync(int matterId, int person, TimeOnly time, DateOnly? day = null)
    {
        var first = day ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(1);
        BookingResult? last = null;
        for (var d = first; d < first.AddDays(21); d = d.AddDays(1))
        {
            last = await Booking.BookAsync(new BookVisitRequest(matterId, Site, d, time, PeselOf(person), "Jan", LastNames[person % LastNames.Length],
                $"jan{person}@example.pl", null, true), BookingActor.Resident);
            if (last.Succeeded)
            {
                return last.Visit!;
            }

            if (day is not null)
            {
                break;
            }
        }

        throw new InvalidOperationException($"no free slot at {time}: {last?.Error?.MessageEn}");
    }

    public async Task CancelAsync(BookedVisit visit, int person)
    {
        var result = await Booking.CancelAsync(new CancelVisitRequest(PeselOf(person), visit.MatterId, visit.Day, visit.Code), BookingActor.Resident);
        Assert.True(result.Succeeded, result.Error?.MessageEn);
    }

    public static string PeselOf(int person)
    {
        var first10 = $"80{1 + (person / 28 % 12):D2}{1 + (person % 28):D2}{person % 10000:D4}";
        return first10 + Pesel.CheckDigit(first10).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = _hosted.Count - 1; i >= 0; i--)
        {
            await _hosted[i].StopAsync(CancellationToken.None);
        }

        await _services.DisposeAsync();
    }
}
