using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Tests.Fixtures;

/// <summary>The booking API on a real Kestrel on loopback, as a host would map it, in the Production environment.</summary>
public sealed class BookingApiHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _data;

    private BookingApiHost(WebApplication app, TempDirectory data, Uri address)
    {
        _app = app;
        _data = data;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BookingApiHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var data = new TempDirectory("eq-booking-api");
        try
        {
            return await StartAsync(data, settings);
        }
        catch
        {
            data.Dispose();
            throw;
        }
    }

    private static async Task<BookingApiHost> StartAsync(TempDirectory data, IDictionary<string, string?>? settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var values = new Dictionary<string, string?>
        {
            ["Central:Booking:ConnectionString"] = $"Data Source={data.File("central.db")}",
            ["Central:Booking:DataFolder"] = data.Path,
            ["Central:Booking:PeselKey"] = BookingHarness.PeselKey,
            ["Central:Booking:PasswordIterations"] = "1000",
            ["Central:Booking:InitialAdminPassword"] = BookingHarness.AdminPassword,
            ["Central:Booking:BookingPermitsPerMinute"] = "1000",
            ["Central:Booking:CancellationPermitsPerMinute"] = "1000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddSingleton<TimeProvider>(new ManualTimeProvider(BookingHarness.StartInstant, BookingClock.FindZone("Europe/Warsaw")));
        builder.Services.AddCentralBooking(builder.Configuration);
        builder.Services.AddAuthentication(HeaderAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, HeaderAuthenticationHandler>(HeaderAuthenticationHandler.SchemeName, null);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapBookingApi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BookingApiHost(app, data, new Uri(address));
    }

    /// <summary>A matter at poznan-libelta with one counter (one place per slot).</summary>
    public async Task<int> CreateSinglePlaceMatterAsync()
    {
        var admin = Services.GetRequiredService<IBookingAdministration>();
        var department = (await Services.GetRequiredService<IBookingCatalogue>().GetDepartmentsAsync())[0];
        var group = await admin.CreateMatterGroupAsync(new MatterGroupDraft(department.Id, "Grupa API", 9), "test");
        var matter = await admin.CreateMatterAsync(new MatterDraft(group.Value, "Sprawa API", "Opis", [], 15, "T", true, 1), "test");
        await admin.SetMatterCapacityAsync(matter.Value, BookingHarness.Site, 1, "test");
        return matter.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }
}
