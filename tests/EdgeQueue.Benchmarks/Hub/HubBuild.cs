using EdgeQueue.Testing;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// One way to run the hub: <see cref="Program"/> null is the IL build beside the benchmark run by
/// <c>dotnet</c> (JIT); otherwise an executable, such as the Native AOT hub that
/// <c>./edgequeue publish-hub</c> writes to <c>artifacts/hub-native/RID/</c>.
/// </summary>
internal sealed record HubBuild(string Name, string? Program)
{
    public static HubBuild Jit { get; } = new("JIT", null);

    /// <summary>The Native AOT hub of this machine's architecture, published by <c>./edgequeue publish-hub</c>.</summary>
    public static HubBuild Native(string? path)
    {
        return new HubBuild("AOT", path ?? NativeHubExecutable.Find());
    }

    public string Describe() => Program ?? "dotnet EdgeQueue.Hub.dll (build output)";
}
