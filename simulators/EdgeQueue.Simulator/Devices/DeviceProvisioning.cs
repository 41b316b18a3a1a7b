using System.Globalization;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// The flash settings file (<c>edgequeue.json</c>) of a simulated device, as a technician would
/// provision it, with the timings that are about people scaled to the day's speed: the rate limit
/// of a dispenser, the double-press guard of a keypad and how long a reply is shown. Network
/// timings (retransmission, request timeout, reconnect, keep-alive) stay in real time.
/// </summary>
internal static class DeviceProvisioning
{
    /// <summary>How long a simulated finger holds a button, past the debounce.</summary>
    public const int PressMs = 15;

    public const int DebounceMs = 10;

    public static DeviceSettings Settings(string deviceId, string siteId, string password, int brokerPort, double speed)
    {
        var scaled = (int milliseconds) => (int)Math.Clamp(milliseconds / Math.Max(1, speed), 0, milliseconds);
        var json = string.Create(CultureInfo.InvariantCulture, $$"""
            {
              "deviceId": "{{deviceId}}",
              "siteId": "{{siteId}}",
              "wifiSsid": "urzad-iot-sim",
              "wifiPassword": "",
              "mqttHost": "127.0.0.1",
              "mqttPort": {{brokerPort}},
              "mqttUser": "{{deviceId}}",
              "mqttPassword": "{{password}}",
              "debounceMs": {{DebounceMs}},
              "rateBurst": 2,
              "rateRefillMs": {{scaled(3000)}},
              "guardMs": {{scaled(1500)}},
              "replyShowMs": {{scaled(4000)}},
              "requestTimeoutMs": 20000,
              "eventTimeoutMs": 30000,
              "retryInitialMs": 500,
              "retryMaxMs": 4000,
              "reconnectMaxMs": 4000,
              "stateIntervalS": 60,
              "keepAliveS": 10
            }
            """);
        if (!DeviceSettings.TryParse(json, out var settings, out var error))
        {
            throw new InvalidOperationException($"provisioning {deviceId}: {error}");
        }

        return settings;
    }
}
