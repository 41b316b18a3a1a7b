namespace EdgeQueue.Hosting;

/// <summary>How to run a service (the hub) as a child process and how to know it is serving.</summary>
public sealed record ServiceProcessOptions
{
    /// <summary>A .NET assembly (<c>X.dll</c>, run by the dotnet host) or an executable (a published or native build).</summary>
    public required string Program { get; init; }

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Answers with a success status once the service serves.</summary>
    public required Uri ReadyUrl { get; init; }

    public TimeSpan ReadyTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>How often <see cref="ReadyUrl"/> is asked while starting (a benchmark timing the start-up asks often).</summary>
    public TimeSpan ReadyPollInterval { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Each line the service writes (stdout and stderr), e.g. to a log file.</summary>
    public Action<string>? Output { get; init; }

    /// <summary>Names the service in error messages.</summary>
    public string Name { get; init; } = "the service";
}
