using EdgeQueue.Central.Booking.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EdgeQueue.Central.Booking;

public static class BookingApiEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the JSON API under <paramref name="prefix"/>: catalogue, slots, booking, cancellation and
    /// look-up (rate limited per client IP), call-centre endpoints (policy "agent", rate limited per login), administration
    /// (policy "administrator"), the sites' booking change log (policy "technician"), and the OpenAPI
    /// document at <c>{prefix}/openapi/booking.json</c>. Errors are RFC 7807 problem details.
    /// The host must call <c>app.UseAuthentication()</c>, <c>app.UseRateLimiter()</c> and <c>app.UseAuthorization()</c>, in that order.
    /// </summary>
    public static RouteGroupBuilder MapBookingApi(this IEndpointRouteBuilder endpoints, string prefix = "/api")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(prefix).WithGroupName(BookingApi.DocumentName).ProducesProblem(StatusCodes.Status400BadRequest);
        CatalogueEndpoints.Map(api);
        VisitEndpoints.Map(api);
        AdminEndpoints.Map(api);
        endpoints.MapOpenApi(prefix.TrimEnd('/') + "/openapi/{documentName}.json");
        return api;
    }
}
