using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Booking;

public static class CentralBookingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the booking core: options from <c>Central:Booking</c>, the store (SQLite or
    /// PostgreSQL by connection string; migrated and seeded at start), <see cref="Catalogue.IBookingCatalogue"/>,
    /// <see cref="Slots.ISlotCalendar"/>, <see cref="Visits.IVisitBooking"/>,
    /// <see cref="Administration.IBookingAdministration"/>, <see cref="Users.IUserDirectory"/>,
    /// <see cref="Privacy.IRetentionPurge"/> (+ background purge), <see cref="Sync.ISiteBookingFeed"/>,
    /// the authorization policies of <see cref="Users.BookingPolicies"/>, the rate-limiter policies of
    /// <see cref="BookingRateLimits"/>, and <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddCentralBooking(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BookingOptions>().Bind(configuration.GetSection(BookingOptions.SectionName));
        return services;
    }
}
