using EdgeQueue.Hub.Site;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Support;

/// <summary>
/// A hub started from a site file on disk, as <c>./edgequeue hub --site FILE</c> runs it: it watches
/// the file, and the technician page edits it. The broker listens on the port the file names, since
/// that is the port a provisioned board is told.
/// </summary>
internal static class SiteFileHall
{
    public static async Task<RunningHub> StartAsync(ITestOutputHelper output, string sitePath)
    {
        var json = TestSite.Json();
        json["broker"]!["port"] = FreePort.Next();
        await File.WriteAllTextAsync(sitePath, json.ToJsonString(new() { WriteIndented = true }));
        return await RunningHub.StartAsync(output, SiteFileLoader.Load(sitePath),
            hardware: options => options with { SiteFile = sitePath, MqttPort = null });
    }
}
