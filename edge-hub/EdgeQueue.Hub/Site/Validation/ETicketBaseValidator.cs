namespace EdgeQueue.Hub.Site.Validation;

/// <summary>
/// The address the ticket's QR code points to. With central's public address (<c>central.publicUrl</c>)
/// it is central's e-ticket page, <c>{publicUrl}/e/{site}/</c>, which a resident on mobile data can
/// open; without it the hub's own page (<c>eTicketBaseUrl</c>, usually <c>http://hub.local:8080/t/</c>),
/// which only works inside the hall's Wi-Fi. The hub serves <c>/t/…</c> either way, as the fallback.
/// </summary>
internal sealed class ETicketBaseValidator(SiteProblems problems)
{
    public Uri? Build(string? fromFile, string? centralPublicUrl, string? siteId)
    {
        if (centralPublicUrl is not null)
        {
            return HttpAddress(centralPublicUrl, "central.publicUrl") is { } central
                ? new Uri(central, $"e/{Uri.EscapeDataString(siteId ?? string.Empty)}/")
                : null;
        }

        return HttpAddress(fromFile, "eTicketBaseUrl");
    }

    private Uri? HttpAddress(string? text, string field)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            problems.Add($"{field}: '{text}' must be an http:// or https:// address");
            return null;
        }

        // Uri(base, relative) keeps the last segment only when the base ends in a slash.
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
