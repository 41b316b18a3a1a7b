using System.Net;
using System.Text.Json;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Hosting;
using EdgeQueue.Hub.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace EdgeQueue.Hub.Tests.EndToEnd;

/// <summary>The data folder's faults: a full disk, a read-only folder, and who may read the files.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class StorageScenarios(ITestOutputHelper output)
{
    private const long DiskBytes = 8 * 1024 * 1024;

    [Fact(DisplayName = "09_Storage_DiskFullThenSpaceReturns_StorageFailureReportedAndServingAgainWithoutRestart")]
    public async Task Storage_DiskFullThenSpaceReturns_StorageFailureReportedAndServingAgainWithoutRestart()
    {
        using var disk = TmpfsMount.TryMount(DiskBytes, out var whyNot);
        using var elsewhere = disk is null ? new TempDirectory("hub-full") : null;
        output.WriteLine(disk is null
            ? $"no tmpfs ({whyNot}): the store's FailCommits seam plays the full disk"
            : $"data folder on a real tmpfs of {DiskBytes} bytes at {disk.Path}");
        var hub = await RunningHub.StartAsync(output, TestSite.Create(), Path.Combine(disk?.Path ?? elsewhere!.Path, "data"));
        void Fill()
        {
            if (disk is null)
            {
                hub.Host.Queue.Store.FailCommits = true;
            }
            else
            {
                disk.Fill();
            }
        }

        void Free()
        {
            if (disk is null)
            {
                hub.Host.Queue.Store.FailCommits = false;
            }
            else
            {
                disk.Free();
            }
        }

        try
        {
            await using var dispenser = await hub.ConnectAsync("disp-01");
            using var http = new HttpClient { BaseAddress = hub.Host.HttpAddress, Timeout = TestDevice.Timeout };
            await using var browser = await TechnicianPage.OpenAsync(hub);
            Assert.True((await Press(dispenser)).Ok);

            Fill();
            var full = new[] { await Press(dispenser), await Press(dispenser), await Press(dispenser) };

            Assert.All(full, r => Assert.Equal((false, "storage-failure"), (r.Ok, r.Error)));
            using (var health = await http.GetAsync(new Uri("/health", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
                using var json = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
                Assert.Equal("failing", json.RootElement.GetProperty("storage").GetString());
                Assert.False(json.RootElement.GetProperty("online").GetBoolean());
            }

            var view = await TechnicianView(http);
            Assert.Equal("failing", view.GetProperty("storage").GetString());
            await browser.WaitForSelectorAsync("#storage.failing");
            Assert.Contains("Zapis kolejki nie działa", await browser.TextAsync("#storage"), StringComparison.Ordinal);

            Free();
            var served = await Press(dispenser);

            Assert.True(served.Ok, served.Message);
            Assert.Equal("A002", served.Ticket);
            using (var health = await http.GetAsync(new Uri("/health", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
                Assert.Contains("\"storage\":\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }

            await browser.Page.Locator("#storage.failing").WaitForAsync(new() { State = WaitForSelectorState.Detached });
            Assert.Equal(["A001", "A002"], hub.Host.Queue.Snapshot().Categories.Single(c => c.Prefix == "A").Waiting.Select(t => t.Number));

            // Full again, then stopped as systemd's SIGTERM stops it: the store closes without an exception.
            Fill();
            Assert.Equal("storage-failure", (await Press(dispenser)).Error);
        }
        finally
        {
            await hub.DisposeAsync();
        }
    }

    [Fact(DisplayName = "09_Storage_ReadOnlyDataFolder_StartRefusedNamingThePath")]
    public async Task Storage_ReadOnlyDataFolder_StartRefusedNamingThePath()
    {
        using var disk = TmpfsMount.TryMount(DiskBytes, out var whyNot);
        using var folder = new TempDirectory("hub-ro");
        await File.WriteAllTextAsync(folder.File("hall.json"), TestSite.Json().ToJsonString());
        var data = Path.Combine(disk?.Path ?? folder.Path, "data");
        string[] Args(int seconds) =>
            ["--site", folder.File("hall.json"), "--data", data, "--port", "0", "--mqtt-port", "0", "--bind", "127.0.0.1", "--for", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        Assert.Equal(0, await HubCommandLine.RunAsync(Args(1), TextWriter.Null, TextWriter.Null, TimeProvider.System));
        if (disk is not null)
        {
            output.WriteLine($"read-only: tmpfs at {disk.Path} remounted ro");
            disk.RemountReadOnly();
        }
        else if (Environment.UserName != "root")
        {
            output.WriteLine($"read-only by permissions ({whyNot}): chmod 0555 {data}");
            File.SetUnixFileMode(data, (UnixFileMode)0b101_101_101);
        }
        else
        {
            throw new InvalidOperationException($"root without a tmpfs ({whyNot}): permissions cannot make a folder read-only for root");
        }

        var error = new StringWriter();

        var code = await HubCommandLine.RunAsync(Args(15), TextWriter.Null, error, TimeProvider.System);

        output.WriteLine(error.ToString());
        Assert.Equal(1, code);
        Assert.Contains(data, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("read-only", error.ToString(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "09_Storage_QueueFilesAndDataFolder_OnlyTheHubsUserMayRead")]
    public async Task Storage_QueueFilesAndDataFolder_OnlyTheHubsUserMayRead()
    {
        await using var hub = await RunningHub.StartAsync(output, TestSite.Create());
        await using var dispenser = await hub.ConnectAsync("disp-01");
        Assert.True((await Press(dispenser)).Ok);

        foreach (var name in new[] { "queue.db", "queue.db-wal", "queue.db-shm" })
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(hub.DataFolder, name)));
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(hub.DataFolder));
    }

    private static Task<DeviceReply> Press(TestDevice dispenser) =>
        dispenser.SendAsync(new DeviceEvent(dispenser.NextEventId(), DeviceEventKinds.TicketRequest, Category: "A"));

    private static async Task<JsonElement> TechnicianView(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/devices.json", UriKind.Relative));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{TestSite.TechnicianUser}:{TestSite.TechnicianPassword}")));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
