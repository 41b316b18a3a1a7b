using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Provisioning;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Security;
using EdgeQueue.Testing;

namespace EdgeQueue.Hub.Tests.Hosting;

/// <summary>Issue 15 item 9: <c>./edgequeue hub device add|remove|rotate</c> on a site file.</summary>
public sealed class DeviceCommandLineTests : IDisposable
{
    private readonly TempDirectory _folder = new("device-cli");

    public DeviceCommandLineTests()
    {
        var json = TestSite.Json();
        json["broker"]!["port"] = 1883;
        // A comment and a section order of the technician's own: both must survive an edit.
        var text = "// hall A, edited by the site's technician\n" + json.ToJsonString(new() { WriteIndented = true });
        File.WriteAllText(SitePath, text);
    }

    private string SitePath => _folder.File("site.json");

    private string Out => _folder.File("out");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Add_Dispenser_HashInSiteFilePlainPasswordInBootFilesThatTheFirmwareParses()
    {
        var (code, output, _) = await RunAsync("add", "--role", "dispenser", "--id", "disp-07", "--buttons", "1=A,2=B", "--printer", "p2",
            "--wifi-ssid", "urzad-iot", "--wifi-password", "wifi secret", "--mqtt-host", "192.168.10.2");

        Assert.Equal(0, code);
        Assert.Contains("added disp-07 (dispenser)", output, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync(Path.Combine(Out, DeviceBootFiles.SettingsFileName));
        Assert.True(DeviceSettings.TryParse(text, out var settings, out var error), error);
        Assert.Equal("disp-07", settings.DeviceId);
        Assert.Equal(TestSite.SiteId, settings.SiteId);
        Assert.Equal("urzad-iot", settings.WifiSsid);
        Assert.Equal("wifi secret", settings.WifiPassword);
        Assert.Equal("192.168.10.2", settings.MqttHost);
        Assert.Equal(1883, settings.MqttPort);
        Assert.Equal("disp-07", settings.MqttUser);
        Assert.Equal(DevicePassword.Length, settings.MqttPassword.Length);

        var site = SiteFileLoader.Load(SitePath);
        var device = site.FindDevice(Contracts.DeviceId.Parse("disp-07"));
        Assert.NotNull(device);
        Assert.True(PasswordHash.Verify(settings.MqttPassword, device.PasswordHash));
        Assert.Equal("p2", device.PrinterId);
        Assert.Equal("B", device.Buttons!["2"]);
        Assert.DoesNotContain(settings.MqttPassword, await File.ReadAllTextAsync(SitePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_Board_CounterInSiteFileSettingsTheCounterDisplayParses()
    {
        var (code, _, _) = await RunAsync("add", "--role", "board", "--id", "board-05", "--counter", "1", "--wifi-ssid", "hall", "--mqtt-host", "10.0.0.2");

        Assert.Equal(0, code);
        Assert.True(DeviceSettings.TryParse(await File.ReadAllTextAsync(Path.Combine(Out, DeviceBootFiles.SettingsFileName)), out var settings, out var error), error);
        Assert.Equal("board", settings.Role);
        Assert.Equal(1, SiteFileLoader.Load(SitePath).FindDevice(Contracts.DeviceId.Parse("board-05"))!.Counter);
    }

    [Fact]
    public async Task Add_Keypad_OnlyTheDevicesArrayChangesCommentAndOtherSectionsKept()
    {
        var before = await File.ReadAllTextAsync(SitePath);

        var (code, _, _) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "2", "--wifi-ssid", "hall", "--mqtt-host", "hub.local");

        Assert.Equal(0, code);
        var after = await File.ReadAllTextAsync(SitePath);
        Assert.StartsWith("// hall A, edited by the site's technician\n", after, StringComparison.Ordinal);
        var devicesAt = before.IndexOf("\"devices\"", StringComparison.Ordinal);
        Assert.Equal(before[..devicesAt], after[..devicesAt]);
        var printersAt = before.IndexOf("\"printers\"", StringComparison.Ordinal);
        Assert.EndsWith(before[printersAt..], after, StringComparison.Ordinal);
        Assert.Equal(2, SiteFileLoader.Load(SitePath).FindDevice(Contracts.DeviceId.Parse("keypad-07"))!.Counter);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Add_BootFiles_OwnerOnlyAndDeployPointsAtTheSettingsFile()
    {
        var (code, _, _) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "1", "--wifi-ssid", "hall",
            "--mqtt-host", "10.0.0.2", "--serial-port", "COM7");

        Assert.Equal(0, code);
        var settings = Path.Combine(Out, DeviceBootFiles.SettingsFileName);
        var deploy = Path.Combine(Out, DeviceBootFiles.DeployFileName);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(settings));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(deploy));
        var json = JsonNode.Parse(await File.ReadAllTextAsync(deploy))!;
        Assert.Equal("COM7", (string?)json["serialport"]);
        Assert.Equal(@"I:\edgequeue.json", (string?)json["files"]![0]!["DestinationFilePath"]);
        Assert.Equal(settings, (string?)json["files"]![0]!["SourceFilePath"]);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Add_SiteFilePermissionsKept()
    {
        File.SetUnixFileMode(SitePath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var (code, _, _) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "1", "--wifi-ssid", "hall", "--mqtt-host", "h");

        Assert.Equal(0, code);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(SitePath));
        Assert.Empty(Directory.GetFiles(_folder.Path, ".site.json.*"));
    }

    [Theory]
    [InlineData("duplicate id", "device keypad-01 is already in the site file", "--role", "keypad", "--id", "keypad-01", "--counter", "1")]
    [InlineData("bad id", "device id 'keypad-7' must end in 2 to 4 digits", "--role", "keypad", "--id", "keypad-7", "--counter", "1")]
    [InlineData("unknown role in the id", "has an unknown role 'kiosk'", "--role", "keypad", "--id", "kiosk-07", "--counter", "1")]
    [InlineData("role and id disagree", "'disp-07' is not a keypad id", "--role", "keypad", "--id", "disp-07", "--counter", "1")]
    [InlineData("unknown role", "unknown role 'printer'", "--role", "printer", "--id", "disp-07", "--counter", "1")]
    [InlineData("unknown counter", "counter 9 is not in this site's counters (1, 2)", "--role", "keypad", "--id", "keypad-07", "--counter", "9")]
    [InlineData("unknown counter of a board", "counter 9 is not in this site's counters", "--role", "board", "--id", "board-07", "--counter", "9")]
    [InlineData("keypad without counter", "a keypad belongs to a counter: --counter N", "--role", "keypad", "--id", "keypad-07")]
    [InlineData("unknown category", "devices[4].buttons.1: 'Z' is not a category of this site", "--role", "dispenser", "--id", "disp-07", "--buttons", "1=Z", "--printer", "p1")]
    [InlineData("unknown printer", "devices[4].printer: 'p9' is not defined in printers", "--role", "dispenser", "--id", "disp-07", "--buttons", "1=A", "--printer", "p9")]
    [InlineData("dispenser without buttons", "a dispenser needs its buttons", "--role", "dispenser", "--id", "disp-07", "--printer", "p1")]
    [InlineData("two printers, none named", "name the dispenser's printer: --printer p1|p2", "--role", "dispenser", "--id", "disp-07", "--buttons", "1=A")]
    public async Task Add_Refused_OneLineExitTwoFileUnchanged(string why, string reason, params string[] options)
    {
        var before = await File.ReadAllBytesAsync(SitePath);

        var (code, _, error) = await RunAsync(["add", .. options, "--wifi-ssid", "hall", "--mqtt-host", "h"]);

        Assert.True(code == 2, why);
        var line = Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
        Assert.False(Directory.Exists(Out), "no boot files for a refused device");
    }

    [Fact]
    public async Task Add_MissingSiteFile_RefusedExitTwo()
    {
        File.Delete(SitePath);

        var (code, _, error) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "1", "--wifi-ssid", "hall", "--mqtt-host", "h");

        Assert.Equal(2, code);
        Assert.Equal($"hub: device add: site file {SitePath} does not exist", error.TrimEnd());
        Assert.False(File.Exists(SitePath));
    }

    [Fact]
    public async Task Add_NoWifiOrNoBrokerAddress_RefusedBeforeTheSiteFileChanges()
    {
        var before = await File.ReadAllBytesAsync(SitePath);

        var (noWifi, _, wifiError) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "1", "--mqtt-host", "h");
        // The test site's broker listens on 127.0.0.1, which is no address a board could reach.
        var (noHost, _, hostError) = await RunAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "1", "--wifi-ssid", "hall");

        Assert.Equal(2, noWifi);
        Assert.Contains("--wifi-ssid", wifiError, StringComparison.Ordinal);
        Assert.Equal(2, noHost);
        Assert.Contains("--mqtt-host", hostError, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
    }

    [Fact]
    public async Task Remove_Device_GoneFromSiteFileThatStillValidates()
    {
        var (code, output, _) = await RunAsync("remove", "--id", "keypad-02");

        Assert.Equal(0, code);
        Assert.Contains("removed keypad-02", output, StringComparison.Ordinal);
        var site = SiteFileLoader.Load(SitePath);
        Assert.Null(site.FindDevice(Contracts.DeviceId.Parse("keypad-02")));
        Assert.Equal(3, site.Devices.Count);
    }

    [Fact]
    public async Task Remove_UnknownDevice_RefusedExitTwoFileUnchanged()
    {
        var before = await File.ReadAllBytesAsync(SitePath);

        var (code, _, error) = await RunAsync("remove", "--id", "keypad-09");

        Assert.Equal(2, code);
        Assert.Equal("hub: device remove: device keypad-09 is not in the site file", error.TrimEnd());
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
    }

    [Fact]
    public async Task Rotate_Device_NewPasswordVerifiesOldOneNoLonger()
    {
        var (code, _, _) = await RunAsync("rotate", "--id", "disp-01", "--wifi-ssid", "hall", "--mqtt-host", "h");

        Assert.Equal(0, code);
        Assert.True(DeviceSettings.TryParse(await File.ReadAllTextAsync(Path.Combine(Out, DeviceBootFiles.SettingsFileName)), out var settings, out var error), error);
        var hash = SiteFileLoader.Load(SitePath).FindDevice(Contracts.DeviceId.Parse("disp-01"))!.PasswordHash;
        Assert.True(PasswordHash.Verify(settings.MqttPassword, hash));
        Assert.False(PasswordHash.Verify(TestSite.Password("disp-01"), hash));
    }

    [Fact]
    public async Task Rotate_UnknownDevice_RefusedExitTwo()
    {
        var (code, _, error) = await RunAsync("rotate", "--id", "disp-09", "--wifi-ssid", "hall", "--mqtt-host", "h");

        Assert.Equal(2, code);
        Assert.Contains("device disp-09 is not in the site file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Out));
    }

    private Task<(int Code, string Output, string Error)> RunAsync(params string[] arguments) => RunAsync((IEnumerable<string>)arguments);

    private async Task<(int Code, string Output, string Error)> RunAsync(IEnumerable<string> arguments)
    {
        var list = arguments.ToList();
        string[] args = ["device", list[0], "--site", SitePath, .. list.Skip(1)];
        if (list[0] != "remove")
        {
            args = [.. args, "--out", Out];
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var code = await HubCommandLine.RunAsync(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
