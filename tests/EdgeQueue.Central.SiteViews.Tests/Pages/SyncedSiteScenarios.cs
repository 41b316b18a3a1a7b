using System.Diagnostics;
using System.Text.Json;
using EdgeQueue.Central.SiteViews.Tests.Statistics;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts.Messages.Sync.Events;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>
/// The pages on central's real sync service and store: a hub's sync messages are published to a
/// real Mosquitto by <c>mosquitto_pub</c> (the hub's side, byte for byte as the contract says),
/// central's link stores them in sync.db, and the pages read them through the adapter.
/// </summary>
public sealed class SyncedSiteScenarios
{
    private const string Hub = "hub-olsztyn";
    private const string HubPassword = "pw-hub-olsztyn";

    private static async Task PublishAsync(MosquittoRunner broker, string kind, string json, bool retain)
    {
        var start = new ProcessStartInfo("mosquitto_pub")
        {
            ArgumentList = { "-h", broker.Host, "-p", broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-u", Hub, "-P", HubPassword,
                "-q", "1", "-t", $"eq/v1/{KnownDay.Site}/sync/{kind}", "-s" },
            RedirectStandardInput = true,
            RedirectStandardError = true,
        };
        if (retain)
        {
            start.ArgumentList.Add("-r");
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(json);
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(process.ExitCode == 0, await process.StandardError.ReadToEndAsync());
    }

    private static Task<string> EventuallyAsync(HttpClient client, string path, string expected) =>
        Eventually.UntilAsync(() => client.GetStringAsync(path), page => page.Contains(expected, StringComparison.Ordinal),
            $"{path} showing '{expected}'");

    [Fact]
    public async Task S01_HubPublishesEventsStatusDevices_PagesShowThem()
    {
        await using var broker = await MosquittoRunner.StartAsync(new MosquittoOptions
        {
            Users = [new MosquittoUser("central", "central-secret"), new MosquittoUser(Hub, HubPassword)],
        });
        await using var server = await SiteViewsServer.StartSyncedAsync(
            $"--Central:Sync:BrokerUrl=mqtt://{broker.Host}:{broker.Port}", "--Central:Sync:Password=central-secret");
        using var client = server.CreateClient();
        await SiteViewsServer.LogInAsync(client, "admin", SiteViewsServer.AdminPassword);

        var events = KnownDay.Events().Select((e, i) => HallEventJson.ToSynced(i + 1, e)).ToList();
        await PublishAsync(broker, "events", ContractJson.SerializeToString(new SyncEventBatch(events[..10])), retain: false);
        await PublishAsync(broker, "events", ContractJson.SerializeToString(new SyncEventBatch(events[5..])), retain: false);   // overlaps: stored once
        var at = TimeProvider.System.GetUtcNow();
        await PublishAsync(broker, "status", ContractJson.SerializeToString(HallStatus.Of(at, ["A018", "A019", "A020"], (1, "A017"))), retain: true);
        await PublishAsync(broker, "devices", ContractJson.SerializeToString(new SyncDeviceList(at,
            [new SyncDevice("disp-01", "dispenser", true, Fw: "1.0.3", LastSeen: at, Paper: "out")])), retain: true);

        var csv = await EventuallyAsync(client, "/statystyki?handler=csv&lokalizacja=olsztyn&od=2026-12-01&do=2026-12-02",
            "olsztyn;2026-12-02;stanowisko;1;1;1;0;0;600;600;300;300;0;0;0;0");
        var ticket = await EventuallyAsync(client, "/e/olsztyn/A020", "<dd id=\"e-ahead\">2 osoby</dd>");
        var fleet = await EventuallyAsync(client, "/flota?lokalizacja=olsztyn", "<strong class=\"error\">brak papieru</strong>");

        Assert.Contains("olsztyn;2026-12-01;kategoria;A;5;2;1;1;135;180;270;300;2;2;1;1", csv, StringComparison.Ordinal);
        Assert.Contains("<dd id=\"e-serving\">A017 (stanowisko 1)</dd>", ticket, StringComparison.Ordinal);
        Assert.Contains("<td>disp-01</td>", fleet, StringComparison.Ordinal);
    }
}
