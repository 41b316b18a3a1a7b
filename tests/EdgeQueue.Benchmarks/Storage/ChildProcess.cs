namespace EdgeQueue.Benchmarks.Storage;

/// <summary>Where the benchmark's own assembly is, to run its child verb with <c>dotnet</c>.</summary>
internal static class ChildProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Benchmarks.dll");
}
