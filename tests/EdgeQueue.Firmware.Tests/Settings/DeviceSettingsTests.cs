using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Settings;

public sealed class DeviceSettingsTests
{
    private const string Minimal = "{\"deviceId\":\"keypad-05\",\"siteId\":\"torun-ratusz\",\"wifiSsid\":\"urzad\",\"mqttHost\":\"hub.local\"}";

    [Fact]
    public void TryParse_MinimalFile_DefaultsForEverythingElse()
    {
        Assert.True(DeviceSettings.TryParse(Minimal, out var settings, out var error), error);

        Assert.Equal("keypad", settings.Role);
        Assert.Equal(1883, settings.MqttPort);
        Assert.Equal("keypad-05", settings.MqttUser);
        Assert.Equal(string.Empty, settings.WifiPassword);
        Assert.Equal(30, settings.DebounceMs);
        Assert.Equal(60, settings.StateIntervalS);
    }

    [Fact]
    public void TryParse_CounterDisplayId_AcceptedAsBoardRole()
    {
        const string text = "{\"deviceId\":\"board-05\",\"siteId\":\"torun-ratusz\",\"wifiSsid\":\"urzad\",\"mqttHost\":\"hub.local\"}";

        Assert.True(DeviceSettings.TryParse(text, out var settings, out var error), error);

        Assert.Equal("board", settings.Role);
        Assert.Equal("board-05", settings.MqttUser);
    }

    [Fact]
    public void ToJson_AllFields_RoundTrips()
    {
        Assert.True(DeviceSettings.TryParse(Minimal, out var settings, out _));
        settings.MqttPort = 8883;
        settings.RateBurst = 5;
        settings.WifiPassword = "hasło \"z\" cudzysłowem";

        Assert.True(DeviceSettings.TryParse(settings.ToJson(), out var again, out var error), error);
        Assert.Equal(settings.ToJson(), again.ToJson());
        Assert.Equal("hasło \"z\" cudzysłowem", again.WifiPassword);
    }

    [Theory]
    [InlineData("{\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\"}", "'deviceId' is required")]
    [InlineData("{\"deviceId\":\"printer-01\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\"}", "role other than disp, keypad or board")]
    [InlineData("{\"deviceId\":\"disp-1\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\"}", "2 to 4 digits")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"Poznań\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\"}", "site id 'Poznań'")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"a\",\"wifiSsid\":\"\",\"mqttHost\":\"h\"}", "'wifiSsid' is empty")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\",\"mqttPort\":70000}", "'mqttPort' must be 1..65535")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\",\"debounceMs\":\"30\"}", "'debounceMs' must be a whole number")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\",\"retryInitialMs\":5000,\"retryMaxMs\":1000}", "'retryMaxMs' must not be below")]
    [InlineData("{\"deviceId\":\"disp-01\"", "settings: invalid JSON")]
    [InlineData("{\"deviceId\":\"disp-01\",\"siteId\":\"a\",\"wifiSsid\":\"w\",\"mqttHost\":\"h\",\"mqttUser\":\"disp-02\"}", "'mqttUser' must be the device id 'disp-01'")]
    public void TryParse_BadFile_NamesTheFieldAndRule(string text, string expected)
    {
        Assert.False(DeviceSettings.TryParse(text, out var settings, out var error));
        Assert.Null(settings);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
