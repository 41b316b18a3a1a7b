using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The Pi install (edge-hub/deploy/install-hub.sh) into a scratch root: the hub's files, the site file,
/// and Debian's Mosquitto configured from it — then a real Mosquitto on that configuration carries the
/// hall: the hub logs in with its own user, a dispenser with its own, and a press prints a ticket.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DeployScenarios(ITestOutputHelper output)
{
    private const string HubPassword = "hub-secret";

    [Fact(DisplayName = "08_Deploy_InstallScript_HallRunsOnDebiansMosquittoWithExportedFiles")]
    public async Task Deploy_InstallScript_HallRunsOnDebiansMosquittoWithExportedFiles()
    {
        using var root = new TempDirectory("pi-root");
        using var source = new TempDirectory("site-source");
        var port = FreePort.Next();
        var json = TestSite.Json();
        json["broker"] = new System.Text.Json.Nodes.JsonObject
        {
            ["mode"] = "external",
            ["url"] = $"mqtt://127.0.0.1:{port}",
            ["username"] = "hub-test-hall",
            ["password"] = HubPassword,
        };
        await File.WriteAllTextAsync(source.File("site.json"), json.ToJsonString());

        var install = await ExternalProgram.RunAsync("bash",
            [RepositoryRoot.File("edge-hub", "deploy", "install-hub.sh"),
                "--hub-dir", RepositoryRoot.File("edge-hub", "EdgeQueue.Hub", "bin", "Debug", "net10.0"), "--site", source.File("site.json"),
                "--root", root.Path, "--no-packages", "--no-users", "--no-systemd"],
            TimeSpan.FromMinutes(2));
        var log = install.Output + install.Error;

        Assert.True(install.ExitCode == 0, log);
        Assert.Contains("Mosquitto configured from the site file", log, StringComparison.Ordinal);
        var fragment = await File.ReadAllLinesAsync(root.File("etc/mosquitto/conf.d/edgequeue.conf"));
        Assert.Contains("allow_anonymous false", fragment);
        Assert.Contains("use_username_as_clientid true", fragment);
        Assert.Contains($"password_file {root.File("etc/mosquitto/edgequeue/edgequeue.passwd")}", fragment);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(root.File("etc/edgequeue/site.json")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead,
            File.GetUnixFileMode(root.File("etc/mosquitto/edgequeue/edgequeue.passwd")));
        Assert.True(File.Exists(root.File("etc/systemd/system/edgequeue-hub.service")));

        // Mosquitto as Debian runs it (conf.d included), its listener bound to loopback for the test.
        await using var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            ExtraConfig = [.. fragment.Select(line => line == $"listener {port}" ? $"listener {port} 127.0.0.1" : line)],
        });
        var site = SiteFileLoader.Load(root.File("etc/edgequeue/site.json"));
        await using var hub = await RunningHub.StartAsync(output, site);
        await using var dispenser = await TestDevice.ConnectAsync("127.0.0.1", port, site.Topics, "disp-01", TestSite.Password("disp-01"));

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", reply.Ticket);
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Contains("hub-test-hall", mosquitto.Log, StringComparison.Ordinal);
    }
}
