using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A dispenser with three category buttons on fake hardware, booted and (by default) online and configured.</summary>
public sealed class DispenserRig : DeviceRig
{
    public const string Config = "{\"role\":\"disp\",\"version\":3,\"buttons\":{\"1\":\"A\",\"2\":\"B\",\"3\":\"C\"},\"brightness\":80}";

    public DispenserRig(DeviceSettings? settings = null, bool online = true, bool configured = true)
        : base(settings ?? TestSettings.For("disp-01"))
    {
        Leds = [new RecordingLed(), new RecordingLed(), new RecordingLed()];
        Device = new DispenserDevice(Settings, Clock, Random, Wifi, Link, Monitor, Leds, StatusLed);
        Boot(online, configured ? Config : null);
    }

    public RecordingLed[] Leds { get; }

    public RecordingStatusLed StatusLed { get; } = new();

    public DispenserDevice Device { get; }

    public DispenserLogic Logic => Device.Logic;

    public override DeviceRuntime Runtime => Device.Runtime;

    public override void Tick() => Device.Tick();

    public override void Edge(int button, bool pressed, long atMs) => Device.ButtonEdge(button, pressed, atMs);
}
