using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Firmware.Core.Settings;
using EdgeQueue.Firmware.HostMqtt;

namespace EdgeQueue.Simulator.Devices;

/// <summary>A counter keypad running the firmware's <see cref="KeypadDevice"/>; the clerk presses its buttons.</summary>
internal sealed class SimulatedKeypad : SimulatedDevice, People.IClerkKeypad
{
    private readonly KeypadDevice _device;

    public SimulatedKeypad(string id, DeviceSettings settings, WireLedger ledger)
        : base(id, ledger)
    {
        _device = new KeypadDevice(settings, Clock, new HostRandom(), Wifi, Link, new HostSystemMonitor(), new NoLed());
    }

    protected override bool Joining => _device.Runtime.Supervisor.Joining;

    public override bool IsOnline => _device.Runtime.IsOnline;

    public override string Shows => _device.Logic.DisplayText ?? string.Empty;

    /// <summary>People waiting for this counter, from the hub's retained <c>show</c>.</summary>
    public int Waiting => _device.Logic.Waiting;

    public KeypadMode Mode => _device.Logic.Mode;

    /// <summary>Presses Next, Recall, No-show or Done (<see cref="KeypadButtons"/>) and waits for the hub.</summary>
    public Task<PressOutcome> PressAsync(int button, TimeSpan timeout, CancellationToken cancellationToken) =>
        PressAsync(() =>
        {
            var before = _device.Logic.Sent;
            Tap(_device.ButtonEdge, button);
            return _device.Logic.Sent > before && _device.Runtime.Outbox.Head is { } entry
                ? (entry, string.Empty)
                : (null, $"{_device.Logic.Mode} {_device.Logic.DisplayText}".Trim());
        }, timeout, cancellationToken);

    /// <summary>
    /// Transfer on the keypad: Transfer opens the category choice, each further Transfer steps to
    /// the next category, Done sends. Gives up (No-show cancels the choice) if the target never comes up.
    /// </summary>
    public Task<PressOutcome> TransferAsync(string category, TimeSpan timeout, CancellationToken cancellationToken) =>
        PressAsync(() =>
        {
            Tap(_device.ButtonEdge, KeypadButtons.Transfer);
            for (var step = 0; step < 16 && _device.Logic.Mode == KeypadMode.ChoosingCategory; step++)
            {
                if (_device.Logic.ChosenCategory == category)
                {
                    var before = _device.Logic.Sent;
                    Tap(_device.ButtonEdge, KeypadButtons.Done);
                    return _device.Logic.Sent > before && _device.Runtime.Outbox.Head is { } entry
                        ? (entry, string.Empty)
                        : (null, "transfer not sent");
                }

                Tap(_device.ButtonEdge, KeypadButtons.Transfer);
            }

            if (_device.Logic.Mode == KeypadMode.ChoosingCategory)
            {
                Tap(_device.ButtonEdge, KeypadButtons.NoShow);
            }

            return (null, $"category {category} not offered by the keypad");
        }, timeout, cancellationToken);

    protected override void Tick() => _device.Tick();
}
