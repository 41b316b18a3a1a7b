using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Hosting;

public sealed class HubCommandLineTests
{
    [Fact]
    public async Task RunAsync_BadSiteFile_OneLineReasonAndExitCodeOne()
    {
        using var folder = new TempDirectory("cli");
        var json = TestSite.Json();
        json["devices"]![0]!["printer"] = "nowhere";
        await File.WriteAllTextAsync(folder.File("hall.json"), json.ToJsonString());
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await HubCommandLine.RunAsync(["--site", folder.File("hall.json"), "--data", folder.File("data")], output, error, TimeProvider.System);

        Assert.Equal(1, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.Contains("devices[0].printer: 'nowhere' is not defined in printers", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("data")), "nothing is created for a site that cannot run");
    }

    [Fact]
    public async Task RunAsync_ExternalBrokerUnreachable_OneLineNamingTheBrokerAndExitCodeOne()
    {
        using var folder = new TempDirectory("cli");
        var json = TestSite.Json();
        var port = FreePort.Next(); // nothing listens there
        json["broker"] = new System.Text.Json.Nodes.JsonObject { ["mode"] = "external", ["url"] = $"mqtt://127.0.0.1:{port}", ["username"] = "hub", ["password"] = "pw-hub" };
        await File.WriteAllTextAsync(folder.File("hall.json"), json.ToJsonString());
        var error = new StringWriter();

        var code = await HubCommandLine.RunAsync(["--site", folder.File("hall.json"), "--data", folder.File("data")], TextWriter.Null, error, TimeProvider.System);

        Assert.Equal(1, code);
        var line = Assert.Single(error.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("hub: cannot start: the site's MQTT broker", line, StringComparison.Ordinal);
        Assert.Contains($"mqtt://127.0.0.1:{port}", line, StringComparison.Ordinal);
        Assert.Contains("login 'hub'", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingData_UsageErrorExitCodeTwo()
    {
        var error = new StringWriter();

        var code = await HubCommandLine.RunAsync(["--site", "x.json"], TextWriter.Null, error, TimeProvider.System);

        Assert.Equal(2, code);
        Assert.Contains("--data is required", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExportMosquitto_WritesPasswordAclAndConfig()
    {
        using var folder = new TempDirectory("cli");
        await File.WriteAllTextAsync(folder.File("hall.json"), TestSite.Json().ToJsonString());
        var output = new StringWriter();

        var code = await HubCommandLine.RunAsync(
            ["export-mosquitto", "--site", folder.File("hall.json"), "--out", folder.File("mosquitto"), "--hub-password", "h"],
            output, TextWriter.Null, TimeProvider.System);

        Assert.Equal(0, code);
        var passwd = await File.ReadAllLinesAsync(Path.Combine(folder.File("mosquitto"), MosquittoExport.PasswordFileName));
        Assert.True(PasswordHash.Verify("h", passwd[0].Split(':', 2)[1]));
        Assert.Contains("acl_file", await File.ReadAllTextAsync(Path.Combine(folder.File("mosquitto"), MosquittoExport.ConfigFileName)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExportMosquitto_PasswordFileReadableByOwnerAndGroupOnlyAlsoWhenOverwritten()
    {
        using var folder = new TempDirectory("cli");
        await File.WriteAllTextAsync(folder.File("hall.json"), TestSite.Json().ToJsonString());
        Directory.CreateDirectory(folder.File("mosquitto"));
        var passwd = Path.Combine(folder.File("mosquitto"), MosquittoExport.PasswordFileName);
        await File.WriteAllTextAsync(passwd, "left by an older export\n");
        string[] export = ["export-mosquitto", "--site", folder.File("hall.json"), "--out", folder.File("mosquitto"), "--hub-password", "h"];

        Assert.Equal(0, await HubCommandLine.RunAsync(export, TextWriter.Null, TextWriter.Null, TimeProvider.System));

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(passwd));
        }

        Assert.DoesNotContain("older export", await File.ReadAllTextAsync(passwd), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_HashPassword_PrintsVerifiableHash()
    {
        var output = new StringWriter();

        Assert.Equal(0, await HubCommandLine.RunAsync(["hash-password", "sekret"], output, TextWriter.Null, TimeProvider.System));

        Assert.True(PasswordHash.Verify("sekret", output.ToString().Trim()));
    }
}
