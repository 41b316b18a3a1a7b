using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A counter keypad on fake hardware, booted and (by default) online and configured as counter 5.</summary>
public sealed class KeypadRig : DeviceRig
{
    public const string Config = "{\"role\":\"keypad\",\"version\":3,\"counter\":5,\"categories\":[\"A\",\"B\",\"C\"],\"brightness\":60}";

    public KeypadRig(DeviceSettings? settings = null, bool online = true, bool configured = true)
        : base(settings ?? TestSettings.For("keypad-05"))
    {
        Device = new KeypadDevice(Settings, Clock, Random, Wifi, Link, Monitor, Display);
        Boot(online, configured ? Config : null);
    }

    public RecordingDisplay Display { get; } = new();

    public KeypadDevice Device { get; }

    public KeypadLogic Logic => Device.Logic;

    public override DeviceRuntime Runtime => Device.Runtime;

    public override void Tick() => Device.Tick();

    public override void Edge(int button, bool pressed, long atMs) => Device.ButtonEdge(button, pressed, atMs);
}
