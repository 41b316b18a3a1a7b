using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// The Pi install (edge-hub/deploy/install-hub.sh) of the Native AOT hub into a scratch root: the
/// hub's files, the site file, and Debian's Mosquitto configured from it — then the installed hub
/// runs on a real Mosquitto with that configuration: it logs in with its own user, a dispenser with
/// its own, and a press prints a ticket.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class DeployScenarios(ITestOutputHelper output)
{
    private const string HubPassword = "hub-secret";

    [Fact(DisplayName = "08_Deploy_InstallScript_NativeHallRunsOnDebiansMosquittoWithExportedFiles")]
    public async Task Deploy_InstallScript_NativeHallRunsOnDebiansMosquittoWithExportedFiles()
    {
        using var root = new TempDirectory("pi-root");
        using var source = new TempDirectory("site-source");
        var port = FreePort.Next();
        var json = TestSite.Json();
        json["http"] = new System.Text.Json.Nodes.JsonObject { ["port"] = FreePort.Next(), ["bind"] = "127.0.0.1" };
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
                "--hub-dir", Path.GetDirectoryName(NativeHubExecutable.Find())!, "--site", source.File("site.json"),
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
        Assert.False(File.Exists(root.File("opt/edgequeue/hub/EdgeQueue.Hub.dbg")), "debug symbols stay on the build machine");
        Assert.True(File.Exists(root.File("opt/edgequeue/hub/libe_sqlite3.so")));

        // Mosquitto as Debian runs it (conf.d included), its listener bound to loopback for the test.
        await using var mosquitto = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            ExtraConfig = [.. fragment.Select(line => line == $"listener {port}" ? $"listener {port} 127.0.0.1" : line)],
        });
        await using var hub = await NativeHub.StartAsync(output, root.File("opt/edgequeue/hub/EdgeQueue.Hub"), root.File("etc/edgequeue/site.json"), root.File("var/lib/edgequeue"));
        await using var dispenser = await hub.ConnectAsync("disp-01");

        var reply = await dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

        Assert.Equal("A001", reply.Ticket);
        Assert.Single(await PrintCaptures.WaitForAsync(hub.PrintFolder("p1"), 1));
        Assert.Contains("hub-test-hall", mosquitto.Log, StringComparison.Ordinal);
    }
}
