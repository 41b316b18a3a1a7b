namespace EdgeQueue.Hub.Site;

/// <summary><c>site</c>: who this hall is. The id becomes the MQTT prefix <c>eq/v1/{id}</c>.</summary>
public sealed class SiteSection
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Hall { get; set; }

    public string? TimeZone { get; set; }
}
