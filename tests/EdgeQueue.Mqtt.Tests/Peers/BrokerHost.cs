using System.Globalization;
using System.Runtime.CompilerServices;

namespace EdgeQueue.Mqtt.Tests.Peers;

/// <summary>Runs the EdgeQueue.Broker host (`edgequeue broker`) as a child process with `dotnet exec`.</summary>
internal static class BrokerHost
{
    /// <summary>The host's dll, built beside this test project in the same configuration.</summary>
    public static string DllPath([CallerFilePath] string here = "")
    {
        var repository = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = output.Parent!.Name;
        var dll = Path.Combine(repository, "protocol", "EdgeQueue.Broker", "bin", configuration, output.Name, "EdgeQueue.Broker.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"build protocol/EdgeQueue.Broker first: {dll} is missing");
    }

    public static Task<PeerProcess> RunAsync(params string[] arguments) => PeerProcess.RunAsync("dotnet", ["exec", DllPath(), .. arguments]);

    /// <summary>Starts the host and waits until it reports its listeners.</summary>
    public static async Task<PeerProcess> StartListeningAsync(params string[] arguments)
    {
        return await PeerProcess.StartAndWaitForLineAsync("edgequeue broker: listening on", "dotnet", ["exec", DllPath(), .. arguments]);
    }

    /// <summary>Asks the host to stop as systemd or `kill` would (SIGTERM).</summary>
    public static async Task TerminateAsync(PeerProcess host)
    {
        await using var kill = await PeerProcess.RunAsync("kill", "-TERM", host.Id.ToString(CultureInfo.InvariantCulture));
        await host.WaitForExitAsync();
    }
}
