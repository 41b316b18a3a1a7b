using System.Globalization;
using EdgeQueue.Central.SiteViews.Feed;

namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>
/// Builds the fleet view from the hubs' latest device lists at the time of the injected clock:
/// online or offline (unknown when the hub itself is silent), how long offline, paper, firmware
/// older than the newest one seen for the same role, and the alerts a technician must see first.
/// </summary>
public sealed class FleetMonitor(ISiteFeed feed, FleetOptions options, TimeProvider time)
{
    public async Task<FleetView> ViewAsync(FleetFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reports = await feed.DevicesAsync(cancellationToken);
        var known = await feed.SitesAsync(cancellationToken);
        var now = time.GetUtcNow();
        var newest = reports
            .SelectMany(report => report.Devices.Devices)
            .Where(device => !string.IsNullOrWhiteSpace(device.Fw))
            .GroupBy(device => device.Role, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(device => device.Fw).Max(FirmwareVersion.Comparer), StringComparer.Ordinal);
        var silent = new List<string>();
        var all = new List<FleetDevice>();
        foreach (var report in reports.OrderBy(report => report.Site, StringComparer.Ordinal))
        {
            var hubSilent = now - report.ReceivedAt > options.SilentHubAfter;
            if (hubSilent)
            {
                silent.Add(report.Site);
            }

            foreach (var device in report.Devices.Devices.OrderBy(device => device.Id, StringComparer.Ordinal))
            {
                all.Add(Classify(report, device, hubSilent, newest.GetValueOrDefault(device.Role), now));
            }
        }

        var listed = all.Where(filter.Matches)
            .OrderByDescending(device => device.HasAlert)
            .ThenBy(device => device.Site, StringComparer.Ordinal)
            .ThenBy(device => device.Id, StringComparer.Ordinal)
            .ToList();
        var sites = known.Union(reports.Select(report => report.Site), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new FleetView(now, listed, sites, silent, all.Count, all.Count(d => d.State == DeviceState.Online), all.Count(d => d.HasAlert));
    }

    private FleetDevice Classify(
        SiteDeviceReport report, Contracts.Messages.Sync.SyncDevice device, bool hubSilent, string? newestFirmware, DateTimeOffset now)
    {
        var state = hubSilent ? DeviceState.Unknown : device.Online ? DeviceState.Online : DeviceState.Offline;
        DateTimeOffset? offlineSince = state switch
        {
            DeviceState.Offline => device.LastSeen ?? report.Devices.At,
            DeviceState.Unknown => report.ReceivedAt,
            _ => null,
        };
        var alerts = new List<string>();
        var offlineAlert = offlineSince is { } since && now - since > options.OfflineAlertAfter;
        if (offlineAlert)
        {
            var minutes = (int)(now - offlineSince!.Value).TotalMinutes;
            alerts.Add(state == DeviceState.Unknown
                ? string.Create(CultureInfo.InvariantCulture, $"hub nie odpowiada od {minutes} min")
                : string.Create(CultureInfo.InvariantCulture, $"offline od {minutes} min"));
        }

        if (device.Paper is "low")
        {
            alerts.Add("kończy się papier");
        }
        else if (device.Paper is "out")
        {
            alerts.Add("brak papieru");
        }

        var oldFirmware = newestFirmware is not null && device.Fw is not null && FirmwareVersion.Comparer.Compare(device.Fw, newestFirmware) < 0;
        if (oldFirmware)
        {
            alerts.Add($"stary firmware ({device.Fw}, najnowszy {newestFirmware})");
        }

        if (!string.IsNullOrWhiteSpace(device.LastError))
        {
            alerts.Add($"błąd: {device.LastError}");
        }

        return new FleetDevice(report.Site, device.Id, device.Role, state, device.Fw, oldFirmware, device.LastSeen, device.Paper,
            offlineSince, device.LastError, alerts)
        {
            OfflineAlert = offlineAlert,
        };
    }
}
