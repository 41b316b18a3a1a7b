namespace EdgeQueue.Queue.Configuration;

/// <summary>A counter ("Stanowisko 5"): the categories it serves, in order of preference.</summary>
public sealed record CounterDefinition
{
    public required int Number { get; init; }

    public required IReadOnlyList<string> Categories { get; init; }

    public CallPolicy Policy { get; init; } = CallPolicy.LongestWait;
}
