using System.Diagnostics;
using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Firmware.HostMqtt;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Provisioning;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>
/// Issue 15 item 9 end to end: a running hub, <c>hub device add|remove|rotate</c> on its site file,
/// and a device on the firmware's host build (its settings parser and MQTT link) logging in with
/// what the command wrote. The hub applies the file's credentials by itself (its file watcher).
/// </summary>
public sealed class ProvisioningScenarios(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder = new("provisioning");

    private string SitePath => _folder.File("site.json");

    public void Dispose() => _folder.Dispose();

    [Fact(DisplayName = "13_Provisioning_AddedDeviceConnects_RemovedOneIsDroppedAndRefused")]
    public async Task Provisioning_AddedDeviceConnects_RemovedOneIsDroppedAndRefused()
    {
        await using var hub = await StartHubAsync();

        Assert.Equal(0, await DeviceAsync("add", "--role", "keypad", "--id", "keypad-07", "--counter", "2"));
        var settings = ReadSettings("keypad-07");
        await using var device = new MqttClientLink();
        Assert.True(ConnectWithin(device, settings), $"the new device logs in with what `device add` wrote: {device.LastError}");

        Assert.Equal(0, await DeviceAsync("remove", "--id", "keypad-07"));

        Until(() => !device.IsConnected, "the removed device's session is dropped");
        Assert.False(device.Connect(Options(settings)), "a removed device is refused");
        Assert.Contains("BadUserNameOrPassword", device.LastError, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "13_Provisioning_Rotate_SessionDroppedOldPasswordRefusedNewAccepted")]
    public async Task Provisioning_Rotate_SessionDroppedOldPasswordRefusedNewAccepted()
    {
        await using var hub = await StartHubAsync();
        Assert.Equal(0, await DeviceAsync("add", "--role", "dispenser", "--id", "disp-07", "--buttons", "1=A", "--printer", "p1"));
        var old = ReadSettings("disp-07");
        await using var device = new MqttClientLink();
        Assert.True(ConnectWithin(device, old), device.LastError);

        Assert.Equal(0, await DeviceAsync("rotate", "--id", "disp-07"));
        var renewed = ReadSettings("disp-07");

        Until(() => !device.IsConnected, "the re-keyed device's session is dropped");
        Assert.NotEqual(old.MqttPassword, renewed.MqttPassword);
        Assert.False(device.Connect(Options(old)), "the old password is refused");
        Assert.True(device.Connect(Options(renewed)), $"the new password is accepted: {device.LastError}");
    }

    [Fact(DisplayName = "13_Provisioning_InvalidEditedFile_HubKeepsItsCredentialsAndRuns")]
    public async Task Provisioning_InvalidEditedFile_HubKeepsItsCredentialsAndRuns()
    {
        await using var hub = await StartHubAsync();
        var valid = await File.ReadAllTextAsync(SitePath);

        // Half an edit by hand: keypad-01 left without its hash, a stray comma.
        await File.WriteAllTextAsync(SitePath, valid.Replace("\"passwordHash\"", "\"passwordHsh\"", StringComparison.Ordinal));
        var reload = hub.Host.Parts.CredentialsReload!;

        Assert.Null(reload.Apply());
        await using var device = new MqttClientLink();
        var known = new DeviceSettings { DeviceId = "keypad-01", MqttHost = "127.0.0.1", MqttPort = hub.MqttPort, MqttUser = "keypad-01", MqttPassword = TestSite.Password("keypad-01"), KeepAliveS = 30 };
        Assert.True(device.Connect(Options(known)), $"the old credentials still work: {device.LastError}");
        Assert.True(device.IsConnected);
        using var http = new HttpClient();
        Assert.Equal(200, (int)(await http.GetAsync(new Uri(hub.Host.HttpAddress, "/health"))).StatusCode);
    }

    private Task<RunningHub> StartHubAsync() => SiteFileHall.StartAsync(output, SitePath);

    private async Task<int> DeviceAsync(params string[] arguments)
    {
        string[] args = ["device", arguments[0], "--site", SitePath, .. arguments[1..]];
        if (arguments[0] != "remove")
        {
            args = [.. args, "--wifi-ssid", "hall", "--mqtt-host", "127.0.0.1", "--out", Folder(arguments[Array.IndexOf(arguments, "--id") + 1])];
        }

        var error = new StringWriter();
        var code = await HubCommandLine.RunAsync(args, TextWriter.Null, error, TimeProvider.System);
        output.WriteLine($"device {string.Join(' ', arguments)} → {code} {error}");
        return code;
    }

    private string Folder(string id) => _folder.File(id);

    /// <summary>The board's settings, read by the firmware's own parser.</summary>
    private DeviceSettings ReadSettings(string id)
    {
        var text = File.ReadAllText(Path.Combine(Folder(id), DeviceBootFiles.SettingsFileName));
        Assert.True(DeviceSettings.TryParse(text, out var settings, out var error), error);
        return settings;
    }

    /// <summary>As the firmware's connection supervisor connects (client id = user = device id, will on its state).</summary>
    private static MqttConnectOptions Options(DeviceSettings settings) => new(
        settings.MqttHost, settings.MqttPort, settings.DeviceId, settings.MqttUser, settings.MqttPassword,
        new SiteTopics(TestSite.SiteId).DeviceState(DeviceId.Parse(settings.DeviceId)), Encoding.UTF8.GetBytes("{\"online\":false}"), settings.KeepAliveS);

    /// <summary>The hub applies the file when its watcher wakes: a few tries, spaced below the broker's login back-off.</summary>
    private static bool ConnectWithin(MqttClientLink link, DeviceSettings settings)
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            if (link.Connect(Options(settings)))
            {
                return true;
            }

            Thread.Sleep(500);
        }

        return false;
    }

    private static void Until(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Patience, $"timed out waiting: {what}");
            Thread.Sleep(20);
        }
    }
}
