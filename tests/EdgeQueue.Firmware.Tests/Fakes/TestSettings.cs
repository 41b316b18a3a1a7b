using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

public static class TestSettings
{
    public const string Site = "poznan-1";

    public static DeviceSettings For(string deviceId)
    {
        var text = "{\"deviceId\":\"" + deviceId + "\",\"siteId\":\"" + Site + "\",\"wifiSsid\":\"urzad\",\"wifiPassword\":\"tajne\","
            + "\"mqttHost\":\"10.0.0.2\",\"mqttPassword\":\"pw-" + deviceId + "\"}";
        Assert.True(DeviceSettings.TryParse(text, out var settings, out var error), error);
        return settings;
    }
}
