using Microsoft.AspNetCore.Http;

namespace EdgeQueue.Hub.Web;

/// <summary>
/// Guards the technician page's writes against cross-site request forgery. The page logs in with
/// HTTP Basic, which a browser sends with every request to the hub, also with one that a foreign page
/// makes it send: so a write must carry <see cref="HeaderName"/> (a header another site's page cannot
/// add without the CORS pre-flight that the hub never grants) and JSON, and where the browser names
/// the request's origin (<c>Origin</c>, <c>Sec-Fetch-Site</c>) it must be the hub's own.
/// </summary>
internal static class SameOriginWrites
{
    public const string HeaderName = "X-EdgeQueue-Technician";

    /// <summary>Null when the request may write, else why not (the answer is 403).</summary>
    public static string? Problem(HttpRequest request)
    {
        if (request.Headers[HeaderName] != "1")
        {
            return $"a write needs the header {HeaderName}: 1 (the technician page sends it)";
        }

        if (!request.HasJsonContentType())
        {
            return "a write sends JSON (Content-Type: application/json)";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return $"a write comes from the hub's own page, not {site}";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && (!Uri.TryCreate(origin, UriKind.Absolute, out var from)
            || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))
        {
            return $"a write comes from the hub's own page, not {origin}";
        }

        return null;
    }
}
