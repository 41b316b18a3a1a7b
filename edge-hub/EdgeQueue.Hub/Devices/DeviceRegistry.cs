using System.Collections.Concurrent;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hub.Site;

namespace EdgeQueue.Hub.Devices;

/// <summary>
/// Every device of the site as the hub last saw it. Fed by retained <c>state</c> messages (and their
/// wills), by events (last seen) and by failures the hub met serving a device (a failed print).
/// Thread-safe; <see cref="Changed"/> fires after every change for the technician page.
/// </summary>
public sealed class DeviceRegistry
{
    private readonly ConcurrentDictionary<DeviceId, DeviceStatus> _devices = new();
    private readonly TimeProvider _time;

    public DeviceRegistry(SiteDefinition site, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(site);
        _time = time;
        foreach (var device in site.Devices)
        {
            _devices[device.Id] = new DeviceStatus
            {
                Id = device.Id.ToString(),
                Role = device.Id.Role,
                Place = device.Counter is { } counter ? $"stanowisko {counter}" : device.PrinterId is { } printer ? $"drukarka {printer}" : null,
            };
        }
    }

    /// <summary>Raised (on the caller's thread) with the device that changed.</summary>
    public event Action<DeviceStatus>? Changed;

    public bool IsKnown(DeviceId id) => _devices.ContainsKey(id);

    public DeviceStatus? Find(DeviceId id) => _devices.GetValueOrDefault(id);

    public IReadOnlyList<DeviceStatus> Snapshot() =>
        [.. _devices.Values.OrderBy(d => d.Role, StringComparer.Ordinal).ThenBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>A retained state (or a will: <c>{"online":false}</c>) arrived.</summary>
    public void ApplyState(DeviceId id, DeviceState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var now = _time.GetUtcNow();
        Update(id, d => state.Online
            ? d with
            {
                Online = true,
                EverSeen = true,
                Firmware = state.Fw ?? d.Firmware,
                Boot = state.Boot ?? d.Boot,
                UptimeS = state.UptimeS,
                Rssi = state.Rssi,
                FreeMem = state.FreeMem,
                Paper = state.Paper ?? d.Paper,
                ConfigVersion = state.ConfigVersion ?? d.ConfigVersion,
                Log = state.Log ?? [],
                LastSeen = now,
            }
            : d with { Online = false, EverSeen = true, LastSeen = d.LastSeen ?? now });
    }

    /// <summary>The device sent an event: it is alive now, whatever its last state said.</summary>
    public void Seen(DeviceId id) => Update(id, d => d with { LastSeen = _time.GetUtcNow() });

    /// <summary>Something went wrong serving the device; shown until the next error replaces it.</summary>
    public void ReportError(DeviceId id, string error) =>
        Update(id, d => d with { LastError = error, LastErrorAt = _time.GetUtcNow() });

    /// <summary>The printer of a dispenser told its paper state (during a print or when asked).</summary>
    public void ReportPaper(DeviceId id, string paper) =>
        Update(id, d => d.Paper == paper && d.PrinterPaper == paper ? d : d with { Paper = paper, PrinterPaper = paper });

    private void Update(DeviceId id, Func<DeviceStatus, DeviceStatus> change)
    {
        while (_devices.TryGetValue(id, out var current))
        {
            var next = change(current);
            if (ReferenceEquals(next, current) || next == current)
            {
                return;
            }

            if (_devices.TryUpdate(id, next, current))
            {
                Changed?.Invoke(next);
                return;
            }
        }
    }
}
