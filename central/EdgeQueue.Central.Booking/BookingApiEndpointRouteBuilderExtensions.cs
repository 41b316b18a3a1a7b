using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace EdgeQueue.Central.Booking;

public static class BookingApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the JSON API under <c>/api</c>: catalogue, slots, booking, cancellation (rate limited per
    /// client IP), agent and administration endpoints (policies of <see cref="Users.BookingPolicies"/>),
    /// with OpenAPI metadata. Errors are RFC 7807 problem details.
    /// </summary>
    public static RouteGroupBuilder MapBookingApi(this IEndpointRouteBuilder endpoints, string prefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGroup(prefix);
    }
}
