using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Benchmarks.Central;

/// <summary>The booking API as production maps it, on Kestrel on loopback, over SQLite or PostgreSQL.</summary>
internal sealed class BookingBenchHost : IAsyncDisposable
{
    public const string Site = "poznan-libelta";
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private BookingBenchHost(WebApplication app, TempDirectory data, Uri address)
    {
        _app = app;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<BookingBenchHost> StartAsync(string? connectionString)
    {
        var data = new TempDirectory("eq-bench-central");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Central:Booking:ConnectionString"] = connectionString ?? $"Data Source={data.File("central.db")}",
            ["Central:Booking:DataFolder"] = data.Path,
            ["Central:Booking:PeselKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Central:Booking:PasswordIterations"] = "1000",
            ["Central:Booking:InitialAdminPassword"] = "benchmark-admin-password",
            // Every simulated resident comes from 127.0.0.1: the per-IP limits would stop the rush.
            ["Central:Booking:BookingPermitsPerMinute"] = "100000000",
            ["Central:Booking:CancellationPermitsPerMinute"] = "100000000",
        });
        builder.Services.AddCentralBooking(builder.Configuration);
        builder.Services.AddAuthentication();
        var app = builder.Build();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapBookingApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BookingBenchHost(app, data, new Uri(address));
    }

    /// <summary>A matter everyone wants: short visits, a few counters.</summary>
    public async Task<int> CreateRushMatterAsync(int counters, int minutes)
    {
        var admin = _app.Services.GetRequiredService<IBookingAdministration>();
        var department = (await _app.Services.GetRequiredService<IBookingCatalogue>().GetDepartmentsAsync())[0];
        var group = await admin.CreateMatterGroupAsync(new MatterGroupDraft(department.Id, "Nabór", 9), "bench");
        var matter = await admin.CreateMatterAsync(new MatterDraft(group.Value, "Złożenie wniosku (nabór)", "Benchmark", [], minutes, "N", true, 1), "bench");
        await admin.SetMatterCapacityAsync(matter.Value, Site, counters, "bench");
        return matter.Value;
    }

    /// <summary>Slots holding more booked visits than their capacity, and counters that disagree with the visits.</summary>
    public async Task<(long Overbooked, long CounterMismatches, long Booked)> VerifyAsync()
    {
        var database = _app.Services.GetRequiredService<BookingDatabase>();
        return await database.ReadAsync(async c =>
        {
            var overbooked = await c.CreateCommand(
                """
                SELECT COUNT(*) FROM (
                    SELECT v.location_id, v.matter_id, v.day, v.start_minute, COUNT(*) AS n, MAX(ml.counters) AS capacity
                    FROM visits v JOIN matter_locations ml ON ml.matter_id = v.matter_id AND ml.location_id = v.location_id
                    WHERE v.status = 'booked'
                    GROUP BY v.location_id, v.matter_id, v.day, v.start_minute) s
                WHERE s.n > s.capacity
                """).ScalarAsync<long>(CancellationToken.None);
            var mismatches = await c.CreateCommand(
                """
                SELECT COUNT(*) FROM slot_counters sc
                WHERE sc.taken <> (SELECT COUNT(*) FROM visits v WHERE v.status = 'booked' AND v.location_id = sc.location_id
                    AND v.matter_id = sc.matter_id AND v.day = sc.day AND v.start_minute = sc.start_minute)
                """).ScalarAsync<long>(CancellationToken.None);
            var booked = await c.CreateCommand("SELECT COUNT(*) FROM visits WHERE status = 'booked'").ScalarAsync<long>(CancellationToken.None);
            return (overbooked, mismatches, booked);
        }, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
