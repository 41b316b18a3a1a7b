namespace EdgeQueue.Central.Security;

/// <summary>
/// Headers every response carries: no framing, no MIME sniffing, no referrer (confirmation tokens
/// live in URLs), a strict content-security policy (the pages use no script at all; QR codes are
/// inline data: images), and HSTS when served over HTTPS. The e-ticket pages (<c>/e/…</c>) alone may run
/// this site's own script files (their live updates).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    private static readonly string ETicketPolicy = ContentSecurityPolicy.Replace("script-src 'none'", "script-src 'self'", StringComparison.Ordinal);

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var http = (HttpContext)state;
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/e", StringComparison.Ordinal) ? ETicketPolicy : ContentSecurityPolicy;
            if (http.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000";
            }

            if (http.User.Identity?.IsAuthenticated == true || HttpMethods.IsPost(http.Request.Method)
                || http.Request.Path.StartsWithSegments("/potwierdzenie", StringComparison.Ordinal))
            {
                // Staff pages, answers to forms (a visit looked up, a PESEL typed) and confirmations must
                // not linger in shared caches or in the back button of a kiosk after log-out.
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
