namespace EdgeQueue.Benchmarks;

/// <summary>One benchmark run by <c>./edgequeue bench NAME</c>.</summary>
public interface IBenchmark
{
    /// <summary>The word after <c>bench</c>, e.g. <c>mqtt</c>.</summary>
    string Name { get; }

    /// <summary>One line for <c>bench --help</c>.</summary>
    string Description { get; }

    /// <summary>Runs and prints its figures to <paramref name="output"/>; returns the exit code.</summary>
    Task<int> RunAsync(BenchArguments arguments, TextWriter output, CancellationToken cancellation);
}
