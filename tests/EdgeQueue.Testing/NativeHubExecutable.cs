using System.Runtime.InteropServices;

namespace EdgeQueue.Testing;

/// <summary>
/// Where <c>./edgequeue publish-hub</c> puts the Native AOT hub of this machine's architecture
/// (<c>artifacts/hub-native/RID/EdgeQueue.Hub</c>); <c>./test</c> publishes it before the tests run.
/// </summary>
public static class NativeHubExecutable
{
    /// <summary>
    /// Names another native build to test instead, e.g. a script that runs the linux-arm64 hub
    /// through qemu-user (docs/deploy/raspberry-pi.md, "Check the arm64 build").
    /// </summary>
    public const string OverrideVariable = "EDGEQUEUE_NATIVE_HUB";

    public static string Rid => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    /// <summary>The executable; a clear failure, never a skip, when it was not published.</summary>
    public static string Find()
    {
        var path = Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } other
            ? other
            : RepositoryRoot.File("artifacts", "hub-native", Rid, "EdgeQueue.Hub");
        return File.Exists(path) ? path : throw new FileNotFoundException($"no native hub at {path}: run ./edgequeue publish-hub (./test runs it before the tests)", path);
    }
}
