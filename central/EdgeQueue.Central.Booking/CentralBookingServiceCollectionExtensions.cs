using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Api;
using EdgeQueue.Central.Booking.Catalogue;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Booking.Visits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EdgeQueue.Central.Booking;

public static class CentralBookingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the booking core: options from <c>Central:Booking</c>, the store (SQLite or
    /// PostgreSQL by connection string; migrated and seeded at start), <see cref="IBookingCatalogue"/>,
    /// <see cref="ISlotCalendar"/>, <see cref="IVisitBooking"/> (which calls the registered
    /// <see cref="IVisitConfirmations"/> after each booking and cancellation; none: nothing is sent), <see cref="IBookingAdministration"/>,
    /// <see cref="IUserDirectory"/>, <see cref="IRetentionPurge"/> (+ background purge),
    /// <see cref="ISiteBookingFeed"/>, the authorization policies of <see cref="BookingPolicies"/>, the
    /// rate-limiter policies of <see cref="BookingRateLimits"/>, problem details, the OpenAPI document
    /// "booking", and <see cref="TimeProvider.System"/> unless a TimeProvider is already registered.
    /// The host still calls <c>UseAuthentication()</c>, then <c>UseRateLimiter()</c> (so staff get their
    /// per-user budget), then <c>UseAuthorization()</c>, and configures how staff log in (cookie with
    /// role claims named by <see cref="BookingRoles"/>).
    /// </summary>
    public static IServiceCollection AddCentralBooking(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BookingOptions>().Bind(configuration.GetSection(BookingOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<BookingOptions>>().Value);
        services.TryAddSingleton(sp => new BookingClock(sp.GetRequiredService<TimeProvider>(),
            BookingClock.FindZone(sp.GetRequiredService<BookingOptions>().TimeZone)));
        services.TryAddSingleton(sp => new BookingDatabase(SqlDialectFactory.Create(sp.GetRequiredService<BookingOptions>()),
            sp.GetRequiredService<BookingClock>(), sp.GetRequiredService<BookingOptions>()));
        services.TryAddSingleton(sp => new PeselHasher(PeselKeyProvider.Resolve(sp.GetRequiredService<BookingOptions>(),
            sp.GetService<IHostEnvironment>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PeselHasher)))));
        services.TryAddSingleton<SlotRules>();
        services.TryAddSingleton<OfferCache>();
        services.TryAddSingleton<IBookingCatalogue, BookingCatalogue>();
        services.TryAddSingleton<ISlotCalendar, SlotCalendar>();
        services.TryAddSingleton<IVisitConfirmations, NoVisitConfirmations>();
        services.TryAddSingleton<IVisitBooking, VisitBooking>();
        services.TryAddSingleton<IBookingAdministration, BookingAdministration>();
        services.TryAddSingleton<IUserDirectory, UserDirectory>();
        services.TryAddSingleton<IRetentionPurge, RetentionPurge>();
        services.TryAddSingleton<ISiteBookingFeed, SiteBookingFeed>();
        services.AddHostedService<BookingStartup>();
        services.AddHostedService<RetentionPurgeService>();

        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = GeneralProblems.Describe);
        // A value that cannot be bound (a day that is no date, a limit that is no number) is the
        // client's mistake: 400 in every environment, never an exception with a stack trace (the
        // default throws in Development).
        services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = false);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(BookingApi.DocumentName, o => o.ShouldInclude = d => d.GroupName == BookingApi.DocumentName);
        services.AddAuthorizationBuilder()
            .AddPolicy(BookingPolicies.Administrator, p => p.RequireAuthenticatedUser().RequireRole(BookingRoles.Administrator))
            .AddPolicy(BookingPolicies.Agent, p => p.RequireAuthenticatedUser().RequireRole(BookingRoles.Agent, BookingRoles.Administrator))
            .AddPolicy(BookingPolicies.Technician, p => p.RequireAuthenticatedUser().RequireRole(BookingRoles.Technician, BookingRoles.Administrator));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(BookingRateLimits.Booking, context => PerClient(context, options => options.BookingPermitsPerMinute));
            o.AddPolicy(BookingRateLimits.Cancellation, context => PerClient(context, options => options.CancellationPermitsPerMinute));
            o.OnRejected = (context, cancellation) => BookingProblems.TooManyRequests(context.HttpContext, cancellation);
        });
        return services;
    }

    /// <summary>
    /// Reading (a page, a calendar) changes nothing and is never counted; what is sent is counted per
    /// logged-in staff user (a call centre shares one address, and its agents must not use up the
    /// residents' budget nor each other's) or else per client address.
    /// </summary>
    private static RateLimitPartition<string> PerClient(HttpContext context, Func<BookingOptions, int> permits)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var options = context.RequestServices.GetRequiredService<BookingOptions>();
        var (key, limit) = context.User.Identity is { IsAuthenticated: true, Name: { } login }
            ? ("staff:" + login, options.StaffPermitsPerMinute)
            : ("client:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), permits(options));
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, limit),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
