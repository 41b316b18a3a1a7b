namespace EdgeQueue.Hub.Site;

/// <summary>
/// One entry of <c>categories</c>. <see cref="Hours"/> maps a weekday (<c>mon</c> … <c>sun</c>) to
/// <c>"HH:mm-HH:mm"</c>; a weekday left out is closed.
/// </summary>
public sealed class CategorySection
{
    public string? Prefix { get; set; }

    public string? Name { get; set; }

    public int? DailyLimit { get; set; }

    public int? IssueCutoffMinutes { get; set; }

    public int? ServiceMinutes { get; set; }

    public Dictionary<string, string>? Hours { get; set; }
}
