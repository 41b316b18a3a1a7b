using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Testing;

namespace EdgeQueue.Firmware.Tests.EndToEnd;

/// <summary>
/// A real Mosquitto with the site's users and DESIGN.md §5 rule 4 ACL (each device writes only its
/// own event/state and reads only its own reply/config/show and hall/calls), and a stand-in hub client.
/// </summary>
internal static class SiteBroker
{
    public const string Site = "torun-1";

    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static readonly MosquittoUser Hub = new("hub", "hub-secret");

    public static readonly MosquittoUser Dispenser = new("disp-01", "disp-secret");

    public static readonly MosquittoUser Board = new("board-05", "board-secret");

    public static Task<MosquittoRunner> StartAsync() => MosquittoRunner.StartAsync(new MosquittoOptions
    {
        Users = [Hub, Dispenser, Board],
        AclLines =
        [
            "user hub",
            "topic readwrite #",
            "pattern write eq/v1/" + Site + "/device/%u/event",
            "pattern write eq/v1/" + Site + "/device/%u/state",
            "pattern read eq/v1/" + Site + "/device/%u/reply",
            "pattern read eq/v1/" + Site + "/device/%u/config",
            "pattern read eq/v1/" + Site + "/device/%u/show",
            "pattern read eq/v1/" + Site + "/hall/calls",
            "pattern read eq/v1/" + Site + "/hub/state",
        ],
    });

    /// <param name="will">The hub's last will (its <c>hub/state</c> offline message), as the real hub sets it.</param>
    public static async Task<MqttLink> ConnectHubAsync(int port, MqttLinkWill? will = null)
    {
        var hub = new MqttLink(new MqttLinkOptions
        {
            Host = "127.0.0.1",
            Port = port,
            ClientId = "hub",
            Username = Hub.Name,
            Password = Hub.Password,
            KeepAlive = TimeSpan.FromSeconds(10),
            Will = will,
        });
        using var timeout = new CancellationTokenSource(Patience);
        await hub.ConnectAsync(timeout.Token);
        return hub;
    }

    public static DeviceSettings DispenserSettings(int port) => SettingsFor(Dispenser, port);

    public static DeviceSettings SettingsFor(MosquittoUser device, int port)
    {
        var json = "{\"deviceId\":\"" + device.Name + "\",\"siteId\":\"" + Site + "\",\"wifiSsid\":\"urzad\",\"mqttHost\":\"127.0.0.1\",\"mqttPort\":" + port
            + ",\"mqttPassword\":\"" + device.Password + "\",\"keepAliveS\":5}";
        Assert.True(DeviceSettings.TryParse(json, out var settings, out var error), error);
        return settings;
    }

    /// <summary>Runs the device loop (every 5 ms, as the board does every 10) until <paramref name="done"/> or the patience runs out.</summary>
    public static void RunUntil(Action tick, Func<bool> done, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!done())
        {
            Assert.True(waited.Elapsed < Patience, "timed out waiting for: " + what);
            tick();
            Thread.Sleep(5); // the device main loop's period (the board runs its loop every 10 ms)
        }
    }
}
