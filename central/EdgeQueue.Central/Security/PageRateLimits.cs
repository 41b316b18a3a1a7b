using System.Threading.RateLimiting;
using EdgeQueue.Central.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.Security;

/// <summary>
/// Limits of the web host's own: log-in form posts per client address. Booking and cancellation
/// pages use the core's policies (<see cref="Booking.BookingRateLimits"/>), shared with the API, so
/// the page and the API together give a client one budget. A refused page gets a Polish page
/// (<see cref="TooManyRequestsPage"/>); the API keeps its problem JSON.
/// </summary>
public static class PageRateLimits
{
    public const string Login = "login-form";

    public static void Add(RateLimiterOptions limits, CentralSettings settings)
    {
        limits.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        var api = limits.OnRejected;
        limits.OnRejected = (rejected, cancellation) =>
            rejected.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal) && api is not null
                ? api(rejected, cancellation)
                : TooManyRequestsPage.WriteAsync(rejected.HttpContext, cancellation);
        limits.AddPolicy(Login, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                ClientAddress(context),
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.LoginPostsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
            : RateLimitPartition.GetNoLimiter("read"));
    }

    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
