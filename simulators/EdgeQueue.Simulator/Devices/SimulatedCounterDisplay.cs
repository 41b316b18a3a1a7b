using EdgeQueue.Firmware.Core.CounterDisplay;
using EdgeQueue.Firmware.Core.Display;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// The LED digits above a counter, running the firmware's <see cref="CounterDisplayDevice"/> with its
/// real <see cref="Max7219Display"/> over a <see cref="SimulatedMax7219"/>: nobody presses anything,
/// it follows the hub's <c>show</c> and <c>hall/calls</c>.
/// </summary>
internal sealed class SimulatedCounterDisplay : SimulatedDevice
{
    private readonly CounterDisplayDevice _device;

    public SimulatedCounterDisplay(string id, DeviceSettings settings, WireLedger ledger)
        : base(id, ledger)
    {
        _device = new CounterDisplayDevice(settings, Clock, new HostRandom(), Wifi, Link, new HostSystemMonitor(), new Max7219Display(Chip));
    }

    public SimulatedMax7219 Chip { get; } = new();

    protected override bool Joining => _device.Runtime.Supervisor.Joining;

    public override bool IsOnline => _device.Runtime.IsOnline;

    /// <summary>What the digits read now (empty while dark, or in the dark half of a blink).</summary>
    public override string Shows => Chip.Reads;

    public CounterDisplayMode Mode => _device.Logic.Mode;

    /// <summary>The ticket the display serves, from the hub (null: nobody, dark).</summary>
    public string? CurrentTicket => _device.Logic.CurrentTicket;

    /// <summary>Calls and recalls to its counter that made it blink.</summary>
    public int Calls => _device.Logic.Calls;

    protected override void Tick() => _device.Tick();
}
