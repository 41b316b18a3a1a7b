using EdgeQueue.Central.SiteViews.Fleet;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.SiteViews.Tests.Fleet;

public sealed class FleetMonitorTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ManualTimeProvider _time = new(Start);
    private readonly MemorySiteFeed _feed = new();

    public FleetMonitorTests()
    {
        _feed.SetDevices("olsztyn", new SyncDeviceList(Start,
        [
            new SyncDevice("disp-01", "dispenser", true, Fw: "1.0.3", LastSeen: Start, Paper: "ok"),
            new SyncDevice("keypad-01", "keypad", true, Fw: "1.0.10", LastSeen: Start),
            new SyncDevice("keypad-05", "keypad", false, Fw: "1.0.9", LastSeen: Start),
        ]), Start);
        _feed.SetDevices("torun", new SyncDeviceList(Start,
        [
            new SyncDevice("disp-01", "dispenser", true, Fw: "1.1.0", LastSeen: Start, Paper: "low"),
        ]), Start);
    }

    private FleetMonitor Monitor(int offlineMinutes = 10) =>
        new(_feed, new FleetOptions { OfflineAlertMinutes = offlineMinutes, SilentHubMinutes = 30 }, _time);

    private void HubsReportAgain()
    {
        foreach (var report in _feed.DevicesAsync(CancellationToken.None).Result)
        {
            _feed.SetDevices(report.Site, report.Devices with { At = _time.GetUtcNow() }, _time.GetUtcNow());
        }
    }

    [Fact]
    public async Task View_OfflineForTheLimit_NoAlertUntilItIsPassed()
    {
        var monitor = Monitor(offlineMinutes: 10);
        _time.Advance(TimeSpan.FromMinutes(10));
        HubsReportAgain();

        var atLimit = (await monitor.ViewAsync(new FleetFilter("olsztyn", FleetFilter.Offline), CancellationToken.None)).Devices;
        _time.Advance(TimeSpan.FromSeconds(1));
        var past = (await monitor.ViewAsync(new FleetFilter("olsztyn", FleetFilter.Offline), CancellationToken.None)).Devices;

        var before = Assert.Single(atLimit);
        Assert.Equal((DeviceState.Offline, false), (before.State, before.OfflineAlert));
        var after = Assert.Single(past);
        Assert.True(after.OfflineAlert);
        Assert.Contains("offline od 10 min", after.Alerts);
    }

    [Fact]
    public async Task View_AlertsAfterConfiguredMinutes_ShorterLimitAlertsSooner()
    {
        _time.Advance(TimeSpan.FromMinutes(3));
        HubsReportAgain();

        var strict = await Monitor(offlineMinutes: 2).ViewAsync(new FleetFilter(State: FleetFilter.Alert), CancellationToken.None);
        var lenient = await Monitor(offlineMinutes: 5).ViewAsync(new FleetFilter(State: FleetFilter.Alert), CancellationToken.None);

        Assert.Contains(strict.Devices, d => d.Id == "keypad-05" && d.OfflineAlert);
        Assert.Contains(lenient.Devices, d => d.Id == "keypad-05" && !d.OfflineAlert);
    }

    [Fact]
    public async Task View_FilterBySite_OnlyThatSite()
    {
        var view = await Monitor().ViewAsync(new FleetFilter("torun"), CancellationToken.None);

        Assert.Equal(["torun/disp-01"], view.Devices.Select(d => $"{d.Site}/{d.Id}"));
        Assert.Equal(["olsztyn", "torun"], view.Sites);
        Assert.Equal((4, 3), (view.Total, view.Online));
    }

    [Fact]
    public async Task View_FilterOnline_OfflineDevicesLeftOut()
    {
        var view = await Monitor().ViewAsync(new FleetFilter(State: FleetFilter.Online), CancellationToken.None);

        Assert.Equal(["olsztyn/disp-01", "olsztyn/keypad-01", "torun/disp-01"], view.Devices.Select(d => $"{d.Site}/{d.Id}").Order());
    }

    [Fact]
    public async Task View_PaperAndFirmware_AlertsNamed()
    {
        var view = await Monitor().ViewAsync(new FleetFilter(State: FleetFilter.Alert), CancellationToken.None);

        var olsztynDispenser = Assert.Single(view.Devices, d => d.Site == "olsztyn" && d.Id == "disp-01");
        Assert.Equal(["stary firmware (1.0.3, najnowszy 1.1.0)"], olsztynDispenser.Alerts);
        Assert.Equal(["kończy się papier"], Assert.Single(view.Devices, d => d.Site == "torun").Alerts);
        var keypad = Assert.Single(view.Devices, d => d.Id == "keypad-05");
        Assert.True(keypad.OldFirmware);
        Assert.DoesNotContain(view.Devices, d => d.Id == "keypad-01");
    }

    [Fact]
    public async Task View_HubSilent_DevicesUnknownAndAlertAfterLimit()
    {
        var monitor = new FleetMonitor(_feed, new FleetOptions { OfflineAlertMinutes = 10, SilentHubMinutes = 5 }, _time);
        _time.Advance(TimeSpan.FromMinutes(11));

        var view = await monitor.ViewAsync(new FleetFilter("torun", FleetFilter.Offline), CancellationToken.None);

        var device = Assert.Single(view.Devices);
        Assert.Equal(DeviceState.Unknown, device.State);
        Assert.Contains("hub nie odpowiada od 11 min", device.Alerts);
        Assert.Equal(["olsztyn", "torun"], view.SilentSites);
    }
}
