using EdgeQueue.Contracts.Messages;
using EdgeQueue.Hardware.Indicators;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Devices;
using EdgeQueue.Queue.Storage;

namespace EdgeQueue.Hub.Fixtures;

/// <summary>
/// Keeps the hub's status light on what <see cref="HubCondition"/> says, re-read whenever the store,
/// a printer's paper, the technician mode or the central link changes.
/// </summary>
public sealed class HubStatusLight : IDisposable
{
    private readonly IStatusLight _light;
    private readonly SiteQueue _store;
    private readonly DeviceRegistry _registry;
    private readonly TechnicianMode _technician;
    private readonly CentralLink? _central;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string?> _printerPaper = [];

    public HubStatusLight(IStatusLight light, SiteQueue store, DeviceRegistry registry, TechnicianMode technician, CentralLink? central)
    {
        _light = light;
        _store = store;
        _registry = registry;
        _technician = technician;
        _central = central;
        _store.StorageChanged += OnStorageChanged;
        _registry.Changed += OnDeviceChanged;
        _technician.Changed += OnTechnicianChanged;
        if (_central is not null)
        {
            _central.StateChanged += OnCentralChanged;
        }

        Refresh();
    }

    public HubCondition Condition => new(
        _store.Storage.Failing,
        _registry.Snapshot().Any(d => d.PrinterPaper == PaperStates.Out),
        _technician.Active,
        _central?.State == CentralLinkState.Down);

    public void Refresh()
    {
        lock (_gate)
        {
            var (color, blinking) = Condition.Light();
            _light.Show(color, blinking);
        }
    }

    public void Dispose()
    {
        _store.StorageChanged -= OnStorageChanged;
        _registry.Changed -= OnDeviceChanged;
        _technician.Changed -= OnTechnicianChanged;
        if (_central is not null)
        {
            _central.StateChanged -= OnCentralChanged;
        }
    }

    private void OnStorageChanged(StorageStatus status) => Refresh();

    /// <summary>
    /// The registry changes on every device event (last seen); only a printer's paper matters
    /// here, so the light is not re-read on the press path for nothing.
    /// </summary>
    private void OnDeviceChanged(DeviceStatus status)
    {
        lock (_gate)
        {
            if (_printerPaper.TryGetValue(status.Id, out var known) && known == status.PrinterPaper)
            {
                return;
            }

            _printerPaper[status.Id] = status.PrinterPaper;
        }

        Refresh();
    }

    private void OnTechnicianChanged(bool active) => Refresh();

    private void OnCentralChanged(CentralLinkState state) => Refresh();
}
