using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Hub.Web;
using EdgeQueue.Testing;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>The technician page: password from the site file; every device with its state, live.</summary>
public sealed class TechnicianScenarios(ITestOutputHelper output)
{
    [Theory(DisplayName = "06_Technician_DevicesPage_NeedsPasswordAndShowsStateAndWill")]
    [ClassData(typeof(HallBrokers))]
    public async Task Technician_DevicesPage_NeedsPasswordAndShowsStateAndWill(HallBroker broker)
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), broker: broker);
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
        var online = await Eventually.UntilAsync(() => Device(http, "disp-01"), d => d.GetProperty("online").GetBoolean());
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
        var offline = await Eventually.UntilAsync(() => Device(http, "disp-01"), d => !d.GetProperty("online").GetBoolean());
        Assert.Equal("1.0.3", offline.GetProperty("firmware").GetString());
        var never = await Device(http, "keypad-02");
        Assert.False(never.GetProperty("everSeen").GetBoolean());
    }

    [Fact(DisplayName = "06_Technician_PasswordGuessing_BackedOffUntilTheClockMoves")]
    public async Task Technician_PasswordGuessing_BackedOffUntilTheClockMoves()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), time: clock);
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };

        for (var i = 0; i < FreeFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, "/devices.json", TestSite.TechnicianUser, $"guess-{i}")).StatusCode);
        }

        using var backedOff = await Get(http, "/devices.json", TestSite.TechnicianUser, "guess-x");
        using var evenRight = await Get(http, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, backedOff.StatusCode);
        var wait = backedOff.Headers.RetryAfter?.Delta ?? throw new InvalidOperationException("429 without Retry-After");
        Assert.True(wait >= TimeSpan.FromSeconds(1), $"Retry-After {wait}");
        Assert.Equal(HttpStatusCode.TooManyRequests, evenRight.StatusCode);
        clock.Advance(wait);
        Assert.Equal(HttpStatusCode.OK, (await Get(http, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword)).StatusCode);
    }

    [Fact(DisplayName = "06_Technician_GuessingFromManyAddresses_UserBackedOffEverywhere")]
    public async Task Technician_GuessingFromManyAddresses_UserBackedOffEverywhere()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1)));
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create(), time: clock);

        // One guess from each of many addresses (loopback has 127.0.0.0/8): under any per-address limit.
        for (var i = 0; i < FreeFailures; i++)
        {
            using var guesser = From(hub, $"127.0.0.{10 + i}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await Get(guesser, "/devices.json", TestSite.TechnicianUser, $"guess-{i}")).StatusCode);
        }

        using var technician = From(hub, "127.0.0.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Get(technician, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword)).StatusCode);
        clock.Advance(LoginBackOff.FirstDelay);
        Assert.Equal(HttpStatusCode.OK, (await Get(technician, "/devices.json", TestSite.TechnicianUser, TestSite.TechnicianPassword)).StatusCode);
    }

    [Fact(DisplayName = "06_Technician_HubPages_CspWithoutInlineScriptAndNoFraming")]
    public async Task Technician_HubPages_CspWithoutInlineScriptAndNoFraming()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };

        foreach (var path in new[] { "/display", "/devices", "/t/A001" })
        {
            using var page = await Get(http, path, TestSite.TechnicianUser, TestSite.TechnicianPassword);
            var html = await page.Content.ReadAsStringAsync();
            var policy = string.Join("; ", page.Headers.GetValues("Content-Security-Policy"));

            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            var scripts = policy.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
            Assert.DoesNotContain("unsafe-inline", scripts, StringComparison.Ordinal);
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
            Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html);
        }
    }

    private const int FreeFailures = LoginBackOff.FreeFailures;

    /// <summary>A client whose connections come from <paramref name="source"/> (another loopback address).</summary>
    private static HttpClient From(RunningHub hub, string source) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, token) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(source), 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };

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
