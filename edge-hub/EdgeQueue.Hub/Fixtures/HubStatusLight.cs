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

    private void OnDeviceChanged(DeviceStatus status) => Refresh();

    private void OnTechnicianChanged(bool active) => Refresh();

    private void OnCentralChanged(CentralLinkState state) => Refresh();
}
