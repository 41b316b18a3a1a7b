using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>The technician page: password from the site file; every device with its state, live.</summary>
public sealed class TechnicianScenarios(ITestOutputHelper output)
{
    [Fact(DisplayName = "06_Technician_DevicesPage_NeedsPasswordAndShowsStateAndWill")]
    public async Task Technician_DevicesPage_NeedsPasswordAndShowsStateAndWill()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/devices", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, "/devices.json", TestSite.TechnicianUser, "guess")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, "/devices/events", "admin", TestSite.TechnicianPassword)).StatusCode);
        var page = await Get(http, "/devices", TestSite.TechnicianUser, TestSite.TechnicianPassword);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Urządzenia sali", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var proxy = new TcpProxy("127.0.0.1", hub.MqttPort);
        await using var dispenser = await TestDevice.ConnectAsync("127.0.0.1", proxy.Port, hub.Site.Topics, "disp-01", TestSite.Password("disp-01"));
        await dispenser.PublishStateAsync(new DeviceState(Online: true, Fw: "1.0.3", Boot: "7f3a", UptimeS: 310, Rssi: -61, FreeMem: 81234,
            Paper: PaperStates.Low, ConfigVersion: 1));
        var online = await Wait.UntilAsync(() => Device(http, "disp-01"), d => d.GetProperty("online").GetBoolean());
        Assert.Equal("1.0.3", online.GetProperty("firmware").GetString());
        Assert.Equal(-61, online.GetProperty("rssi").GetInt32());
        Assert.Equal("low", online.GetProperty("paper").GetString());

        // The device applied configuration 1; the page compares it with the one the hub publishes now.
        Assert.Equal(1, online.GetProperty("configVersion").GetInt32());
        Assert.Equal(hub.Host.Parts.Outputs.ConfigVersion, await ViewConfigVersion(http));
        Assert.NotEqual(1, hub.Host.Parts.Outputs.ConfigVersion);
        Assert.True(online.TryGetProperty("lastSeen", out _));

        // Dropped without DISCONNECT: the broker publishes the device's will, {"online":false}.
        proxy.DropConnections();
        var offline = await Wait.UntilAsync(() => Device(http, "disp-01"), d => !d.GetProperty("online").GetBoolean());
        Assert.Equal("1.0.3", offline.GetProperty("firmware").GetString());
        var never = await Device(http, "keypad-02");
        Assert.False(never.GetProperty("everSeen").GetBoolean());
    }

    private static async Task<JsonElement> Device(HttpClient http, string id)
    {
        using var response = await Get(http, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("devices").EnumerateArray().Single(d => d.GetProperty("id").GetString() == id).Clone();
    }

    private static async Task<int> ViewConfigVersion(HttpClient http)
    {
        using var response = await Get(http, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("configVersion").GetInt32();
    }

    private static Task<HttpResponseMessage> Get(HttpClient http, string path, string user, string password)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
