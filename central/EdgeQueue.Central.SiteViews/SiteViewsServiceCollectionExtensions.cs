using EdgeQueue.Central.SiteViews.ETickets;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.SiteViews.Fleet;
using EdgeQueue.Central.SiteViews.Notifications;
using EdgeQueue.Central.SiteViews.Statistics;
using EdgeQueue.Central.Sync.Reading;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews;

/// <summary>
/// Registers the e-ticket views and notifier, statistics and the fleet monitor, reading the sync
/// storage through <see cref="ICentralSyncReader"/> (registered by the sync service) unless an
/// <see cref="ISiteFeed"/> is already registered.
/// Configuration: <c>Central:Fleet</c> (<see cref="FleetOptions"/>), <c>Central:Notifications</c>
/// (<see cref="NotificationOptions"/>).
/// </summary>
public static class SiteViewsServiceCollectionExtensions
{
    public static IServiceCollection AddSiteViews(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var fleet = configuration.GetSection(FleetOptions.SectionName).Get<FleetOptions>() ?? new FleetOptions();
        var notifications = configuration.GetSection(NotificationOptions.SectionName).Get<NotificationOptions>() ?? new NotificationOptions();
        if (fleet.OfflineAlertMinutes < 1 || fleet.SilentHubMinutes < 1)
        {
            throw new InvalidOperationException($"{FleetOptions.SectionName}: OfflineAlertMinutes and SilentHubMinutes must be at least 1");
        }

        services.TryAddSingleton(TimeProvider.System);
        // The sync storage's reader when central runs the sync service; tests may register their own feed first.
        services.TryAddSingleton<ISiteFeed>(sp =>
        {
            if (sp.GetService<ICentralSyncReader>() is { } reader)
            {
                return new CentralSyncSiteFeed(reader);
            }

            sp.GetRequiredService<ILoggerFactory>().CreateLogger("site-views").LogWarning(
                "Central runs without the sync storage: the e-ticket, statistics and fleet pages show no data");
            return new EmptySiteFeed();
        });
        services.AddSingleton(fleet);
        services.AddSingleton(notifications);
        services.AddSingleton(new StatisticsOptions());
        services.AddSingleton<StatisticsReadModel>();
        services.AddSingleton<FleetMonitor>();
        services.AddSingleton(sp => new TicketAlerts(notifications, sp.GetRequiredService<StatisticsOptions>().TimeZone));
        services.AddSingleton<SiteStatusWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SiteStatusWatcher>());
        services.AddSingleton<ETicketStream>();
        services.Configure<RateLimiterOptions>(limits => OptInRateLimit.Add(limits, notifications));
        services.AddSingleton<TicketAlertService>();
        services.AddHostedService(sp => sp.GetRequiredService<TicketAlertService>());
        switch (notifications.Notifier)
        {
            case NotificationOptions.Webhook:
                services.AddHttpClient(nameof(WebhookNotifier));
                services.TryAddSingleton<INotifier>(sp => new WebhookNotifier(
                    sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(WebhookNotifier)), notifications));
                break;
            case NotificationOptions.Log:
                services.TryAddSingleton<INotifier, LogNotifier>();
                break;
            default:
                throw new InvalidOperationException(
                    $"{NotificationOptions.SectionName}:Notifier must be '{NotificationOptions.Log}' or '{NotificationOptions.Webhook}', not '{notifications.Notifier}'");
        }

        return services;
    }
}
