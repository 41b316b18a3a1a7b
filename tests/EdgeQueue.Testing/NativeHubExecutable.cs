using System.Runtime.InteropServices;

namespace EdgeQueue.Testing;

/// <summary>
/// Where <c>./edgequeue publish-hub</c> puts the Native AOT hub of this machine's architecture
/// (<c>artifacts/hub-native/RID/EdgeQueue.Hub</c>); <c>./test</c> publishes it before the tests run.
/// </summary>
public static class NativeHubExecutable
{
    public static string Rid => RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";

    /// <summary>The executable; a clear failure, never a skip, when it was not published.</summary>
    public static string Find()
    {
        var path = RepositoryRoot.File("artifacts", "hub-native", Rid, "EdgeQueue.Hub");
        return File.Exists(path) ? path : throw new FileNotFoundException($"no native hub at {path}: run ./edgequeue publish-hub (./test runs it before the tests)", path);
    }
}
