using System.Globalization;
using EdgeQueue.Hosting;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The real hub (<c>EdgeQueue.Hub.dll</c>, copied beside the simulator) as a child process on the
/// simulated clock (<see cref="HostClock.EnvironmentVariable"/>), its output appended to
/// <c>hub.log</c> in the data folder.
/// </summary>
internal static class HubProcess
{
    /// <summary>The IL build of the hub copied beside the simulator (the default; <c>--hub</c> names another).</summary>
    public static string BesideTheSimulator => Path.Combine(AppContext.BaseDirectory, "EdgeQueue.Hub.dll");

    /// <param name="program">The hub's dll (run by dotnet) or an executable (the Native AOT hub).</param>
    public static ChildService Create(string program, string sitePath, string dataFolder, int httpPort, ScaledTimeProvider clock)
    {
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}/"));
        var options = new ServiceProcessOptions
        {
            Name = "the hub",
            Program = program,
            Arguments = ["--site", sitePath, "--data", dataFolder, "--port", httpPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1"],
            Environment = ChildService.OnClock(clock),
            ReadyUrl = new Uri(address, "display"),
        };
        return new ChildService(options, address, Path.Combine(dataFolder, "hub.log"));
    }
}
