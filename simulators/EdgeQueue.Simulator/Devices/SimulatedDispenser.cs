using EdgeQueue.Contracts.Messages;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// A ticket dispenser running the firmware's <see cref="DispenserDevice"/>. Residents press its
/// category buttons; a booked visitor enters the confirmation code on the kiosk's code reader,
/// which the board hands to the core's outbox as a <c>checkin</c> event (the contract allows it
/// from a dispenser). Rebooting it (after a paper refill) starts a fresh core with a new boot id.
/// </summary>
internal sealed class SimulatedDispenser : SimulatedDevice
{
    private readonly DeviceSettings _settings;
    private readonly ILed[] _lamps;
    private DispenserDevice _device;

    public SimulatedDispenser(string id, DeviceSettings settings, int buttons, WireLedger ledger)
        : base(id, ledger)
    {
        _settings = settings;
        _lamps = [.. Enumerable.Range(0, buttons).Select(_ => (ILed)new NoLed())];
        _device = Boot();
    }

    protected override bool Joining => Volatile.Read(ref _device).Runtime.Supervisor.Joining;

    public override bool IsOnline => Volatile.Read(ref _device).Runtime.IsOnline;

    public DispenserStatus Status => Volatile.Read(ref _device).Logic.Status;

    public override string Shows => Status.ToString();

    /// <summary>Presses category button <paramref name="button"/> (from 0) and waits for the ticket.</summary>
    public Task<PressOutcome> PressButtonAsync(int button, TimeSpan timeout, CancellationToken cancellationToken) =>
        PressAsync(() =>
        {
            var device = _device;
            var before = device.Logic.Requests;
            Tap(device.ButtonEdge, button);
            return device.Logic.Requests > before && device.Runtime.Outbox.Head is { } entry
                ? (entry, string.Empty)
                : (null, device.Logic.Status.ToString());
        }, timeout, cancellationToken);

    /// <summary>A booked visitor's code from the kiosk's reader.</summary>
    public Task<PressOutcome> CheckInAsync(string code, TimeSpan timeout, CancellationToken cancellationToken) =>
        PressAsync(() =>
        {
            var device = _device;
            if (!device.Runtime.IsOnline)
            {
                return (null, "offline");
            }

            OutboxEntry? entry = device.Runtime.Send(DeviceEventKinds.CheckIn, "code", code, _settings.RequestTimeoutMs, -1);
            return entry is null ? (null, "outbox full") : (entry, string.Empty);
        }, timeout, cancellationToken);

    /// <summary>Power cycle: what a technician does after refilling paper.</summary>
    public Task RebootAsync() => OnDeviceThread(() =>
    {
        Link.Disconnect();
        Volatile.Write(ref _device, Boot());
        return true;
    });

    protected override void Tick() => _device.Tick();

    private DispenserDevice Boot()
    {
        return new DispenserDevice(_settings, Clock, new HostRandom(), Wifi, Link, new HostSystemMonitor(), _lamps, new NoLed());
    }
}
