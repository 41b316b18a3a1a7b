using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Settings;

public sealed class SettingsLoaderTests
{
    private const string Keypad = "{\"deviceId\":\"keypad-05\",\"siteId\":\"torun-1\",\"wifiSsid\":\"urzad\",\"mqttHost\":\"hub.local\"}";

    [Fact]
    public void TryLoad_ValidFileForThisRole_ReturnsSettings()
    {
        Assert.True(SettingsLoader.TryLoad(new FakeSettingsStore(Keypad), "keypad", out var settings, out var error), error);
        Assert.Equal("keypad-05", settings.DeviceId);
    }

    [Fact]
    public void TryLoad_NothingProvisioned_SaysToProvision()
    {
        Assert.False(SettingsLoader.TryLoad(new FakeSettingsStore(null), "disp", out var settings, out var error));
        Assert.Null(settings);
        Assert.Contains("provision the device", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_KeypadSettingsOnDispenserFirmware_RefusedNamingBoth()
    {
        Assert.False(SettingsLoader.TryLoad(new FakeSettingsStore(Keypad), "disp", out _, out var error));
        Assert.Contains("'keypad-05'", error, StringComparison.Ordinal);
        Assert.Contains("'disp' device", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryLoad_BrokenJson_PassesTheParsersReason()
    {
        Assert.False(SettingsLoader.TryLoad(new FakeSettingsStore("{\"deviceId\":"), "disp", out _, out var error));
        Assert.StartsWith("settings: invalid JSON", error, StringComparison.Ordinal);
    }
}
