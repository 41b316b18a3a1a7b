namespace EdgeQueue.Hub.Site.Validation;

/// <summary>The address the ticket's QR code points to.</summary>
internal sealed class ETicketBaseValidator(SiteProblems problems)
{
    public Uri? Build(string? fromFile)
    {
        if (!Uri.TryCreate(fromFile, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            problems.Add($"eTicketBaseUrl: '{fromFile}' must be an http:// or https:// address");
            return null;
        }

        // Uri(base, relative) keeps the last segment only when the base ends in a slash.
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }
}
