namespace EdgeQueue.Hub.Site;

/// <summary>One entry of <c>counters</c>: "Stanowisko {number}" and the categories it serves, in order.</summary>
public sealed class CounterSection
{
    public int? Number { get; set; }

    public List<string>? Categories { get; set; }

    /// <summary><c>longestWait</c> (default) or <c>strictOrder</c>.</summary>
    public string? Policy { get; set; }
}
