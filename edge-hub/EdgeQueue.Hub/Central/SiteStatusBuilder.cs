using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Hub.Central;

/// <summary>Turns the queue snapshot and the device registry into the sync messages central stores.</summary>
internal static class SiteStatusBuilder
{
    public static SyncSiteStatus Status(QueueSnapshot snapshot, int? configVersion, long lastSequence) => new(
        snapshot.At,
        [.. snapshot.Categories.Select(c => new SyncCategoryStatus(c.Prefix, c.Name, c.OpenForIssue,
            [.. c.Waiting.Select(t => new SyncWaitingTicket(t.Number, t.EtaMinutes, t.Kind == TicketKind.Booked ? true : null))]))],
        [.. snapshot.Counters.Select(c => new SyncCounterStatus(c.Number, c.Open, c.Current?.Number))],
        configVersion,
        lastSequence);

    public static SyncDeviceList Devices(IReadOnlyList<DeviceStatus> devices, DateTimeOffset at) => new(
        at,
        [.. devices.Select(d => new SyncDevice(d.Id, d.Role, d.Online, d.Firmware, d.Boot, d.LastSeen, d.Paper, d.Rssi, d.UptimeS,
            d.FreeMem, d.LastError))]);
}
