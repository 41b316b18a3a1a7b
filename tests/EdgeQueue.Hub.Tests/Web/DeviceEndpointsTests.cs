using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Hub.Site;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Mqtt.Link;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.Web;

/// <summary>Issue 15 item 9 on the technician page's side: <c>POST /devices/add</c>, <c>/devices/{id}/rotate</c>, <c>/devices/{id}/remove</c>.</summary>
public sealed class DeviceEndpointsTests(ITestOutputHelper output) : IDisposable
{
    private const string KeypadForm = """{"role":"keypad","id":"keypad-07","counter":2,"wifiSsid":"hall","mqttHost":"127.0.0.1"}""";

    private readonly TempDirectory _folder = new("device-endpoints");

    private string SitePath => _folder.File("site.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Add_LoggedInFromThePage_BootFilesAnsweredOnceDeviceLogsInAtOnce()
    {
        await using var hub = await SiteFileHall.StartAsync(output, SitePath);
        using var http = Client(hub);

        using var response = await PostAsync(http, "/devices/add", KeypadForm);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "an answer holding a password is never cached");
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(DeviceSettings.TryParse((string)answer["settingsJson"]!, out var settings, out var error), error);
        Assert.Equal("keypad-07", settings.DeviceId);
        Assert.Equal("edgequeue.json", (string?)JsonNode.Parse((string)answer["deployJson"]!)!["files"]![0]!["SourceFilePath"]);
        Assert.DoesNotContain(settings.MqttPassword, await File.ReadAllTextAsync(SitePath), StringComparison.Ordinal);
        // Applied before the answer: no waiting for the file watcher.
        await using var device = await hub.ConnectAsync("keypad-07", settings.MqttPassword);
        Assert.True(device.Client.IsConnected);
    }

    [Fact]
    public async Task RotateAndRemove_FromThePage_OldPasswordThenDeviceRefused()
    {
        await using var hub = await SiteFileHall.StartAsync(output, SitePath);
        using var http = Client(hub);

        using var rotated = await PostAsync(http, "/devices/keypad-01/rotate", """{"wifiSsid":"hall","mqttHost":"127.0.0.1"}""");
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        var password = JsonNode.Parse((string)JsonNode.Parse(await rotated.Content.ReadAsStringAsync())!["settingsJson"]!)!["mqttPassword"]!.GetValue<string>();
        await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("keypad-01"));
        await using (var renewed = await hub.ConnectAsync("keypad-01", password))
        {
            Assert.True(renewed.Client.IsConnected);
        }

        using var removed = await PostAsync(http, "/devices/keypad-01/remove", "{}");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await Assert.ThrowsAsync<MqttLinkRefusedException>(() => hub.ConnectAsync("keypad-01", password));
        Assert.Null(SiteFileLoader.Load(SitePath).FindDevice(Contracts.DeviceId.Parse("keypad-01")));
    }

    [Theory]
    [InlineData("/devices/add", """{"role":"keypad","id":"keypad-01","counter":1,"wifiSsid":"hall","mqttHost":"h"}""", "device keypad-01 is already in the site file")]
    [InlineData("/devices/add", """{"role":"keypad","id":"disp-07","counter":1,"wifiSsid":"hall","mqttHost":"h"}""", "'disp-07' is not a keypad id")]
    [InlineData("/devices/add", """{"role":"keypad","id":"keypad-07","counter":9,"wifiSsid":"hall","mqttHost":"h"}""", "counter 9 is not in this site's counters")]
    [InlineData("/devices/add", """{"role":"dispenser","id":"disp-07","buttons":"1=Q","printer":"p1","wifiSsid":"hall","mqttHost":"h"}""", "'Q' is not a category of this site")]
    [InlineData("/devices/add", """{"role":"keypad","id":"keypad-07","counter":1,"mqttHost":"h"}""", "--wifi-ssid")]
    [InlineData("/devices/add", """{"role":"keypad","id":"keypad-07","counter":"one"}""", "the form is not valid JSON")]
    [InlineData("/devices/keypad-09/remove", "{}", "device keypad-09 is not in the site file")]
    [InlineData("/devices/keypad-9/rotate", """{"wifiSsid":"hall","mqttHost":"h"}""", "must end in 2 to 4 digits")]
    public async Task Write_BadInput_400WithTheReasonAndFileUnchanged(string path, string body, string reason)
    {
        await using var hub = await SiteFileHall.StartAsync(output, SitePath);
        using var http = Client(hub);
        var before = await File.ReadAllBytesAsync(SitePath);

        using var response = await PostAsync(http, path, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"], StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
    }

    [Fact]
    public async Task Write_WithoutLogin_401AndNothingChanges()
    {
        await using var hub = await SiteFileHall.StartAsync(output, SitePath);
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        var before = await File.ReadAllBytesAsync(SitePath);

        using var response = await PostAsync(http, "/devices/add", KeypadForm);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
    }

    [Theory]
    [InlineData(false, "application/json", null, null)]
    [InlineData(true, "text/plain", null, null)]
    [InlineData(true, "application/json", "http://evil.example", null)]
    [InlineData(true, "application/json", null, "cross-site")]
    public async Task Write_LoggedInButForeignOrFormShaped_403AndNothingChanges(bool header, string contentType, string? origin, string? fetchSite)
    {
        await using var hub = await SiteFileHall.StartAsync(output, SitePath);
        using var http = Client(hub);
        var before = await File.ReadAllBytesAsync(SitePath);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/devices/add") { Content = new StringContent(KeypadForm, Encoding.UTF8, contentType) };
        if (header)
        {
            request.Headers.Add("X-EdgeQueue-Technician", "1");
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await File.ReadAllBytesAsync(SitePath));
    }

    [Fact]
    public async Task Write_HubStartedWithoutItsSiteFilePath_409()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        using var http = Client(hub);

        using var response = await PostAsync(http, "/devices/add", KeypadForm);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    private static HttpClient Client(RunningHub hub)
    {
        var http = new HttpClient { BaseAddress = hub.Host.HttpAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestSite.TechnicianUser}:{TestSite.TechnicianPassword}")));
        return http;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-EdgeQueue-Technician", "1");
        request.Headers.Add("Origin", http.BaseAddress!.GetLeftPart(UriPartial.Authority));
        return http.SendAsync(request);
    }
}
