using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Sync.Link;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Sync;

public static class CentralSyncServiceCollectionExtensions
{
    /// <summary>
    /// Registers central's side of the hub ↔ central sync: <see cref="CentralSyncOptions"/> from
    /// <c>Central:Sync</c>, the store <see cref="CentralSyncStore"/> (<c>sync.db</c> in the data folder)
    /// also as <see cref="ICentralSyncReader"/> for the pages, and — when a broker URL is configured —
    /// <see cref="CentralSyncLink"/> run by a hosted service. Needs the booking core (<c>AddCentralBooking</c>).
    /// </summary>
    public static IServiceCollection AddCentralSync(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(CentralSyncOptions.SectionName).Get<CentralSyncOptions>() ?? new CentralSyncOptions();
        if (options.DataFolder.Length == 0)
        {
            options.DataFolder = configuration[$"{BookingOptions.SectionName}:{nameof(BookingOptions.DataFolder)}"] ?? "data/central";
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        // On PostgreSQL (Central:Booking:ConnectionString) the sync tables sit beside the booking
        // tables and several central instances may share them; on SQLite, sync.db in the data folder.
        var postgres = CentralDatabase.PostgresOrNull(configuration[$"{BookingOptions.SectionName}:{nameof(BookingOptions.ConnectionString)}"]);
        services.AddSingleton(sp => postgres is null
            ? CentralSyncStore.Open(Path.Combine(options.DataFolder, CentralSyncStore.FileName), sp.GetRequiredService<TimeProvider>())
            : CentralSyncStore.OpenPostgres(postgres, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICentralSyncReader>(sp => sp.GetRequiredService<CentralSyncStore>());
        if (options.Enabled)
        {
            services.AddSingleton<ISiteOwnership>(_ => postgres is null ? new SoleSiteOwnership() : new PostgresSiteOwnership(postgres));
            services.AddSingleton(sp => new CentralSyncLink(options, sp.GetRequiredService<CentralSyncStore>(),
                sp.GetRequiredService<ISiteBookingFeed>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("sync"), sp.GetRequiredService<ISiteOwnership>(),
                sp.GetKeyedService<TimeProvider>(CentralSyncOptions.NetworkClock)));
            services.AddHostedService<CentralSyncHostedService>();
        }

        return services;
    }
}
