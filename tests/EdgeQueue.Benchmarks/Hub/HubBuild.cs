using System.Runtime.InteropServices;

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
        var rid = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var program = path ?? RepositoryFile.Find($"artifacts/hub-native/{rid}/EdgeQueue.Hub");
        return new HubBuild("AOT", program);
    }

    public string Describe() => Program ?? "dotnet EdgeQueue.Hub.dll (build output)";
}
