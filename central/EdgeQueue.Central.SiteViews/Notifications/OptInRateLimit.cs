using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace EdgeQueue.Central.SiteViews.Notifications;

/// <summary>
/// The rate limit of the e-ticket page's SMS opt-in: posts per client address per minute
/// (<see cref="NotificationOptions.OptInsPerMinute"/>), so nobody can fill the opt-ins with numbers.
/// </summary>
public static class OptInRateLimit
{
    public const string Policy = "eticket-opt-in";

    public static void Add(RateLimiterOptions limits, NotificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentNullException.ThrowIfNull(options);
        limits.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.OptInsPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
            : RateLimitPartition.GetNoLimiter("read"));
    }
}
