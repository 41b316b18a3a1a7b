using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.CounterDisplay;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A counter display on fake hardware, booted and (by default) online and configured as counter 5.</summary>
public sealed class CounterDisplayRig : DeviceRig
{
    public const string Config = "{\"role\":\"board\",\"version\":3,\"counter\":5,\"brightness\":80}";

    public CounterDisplayRig(DeviceSettings? settings = null, bool online = true, bool configured = true)
        : base(settings ?? TestSettings.For("board-05"))
    {
        Device = new CounterDisplayDevice(Settings, Clock, Random, Wifi, Link, Monitor, Display);
        Boot(online, configured ? Config : null);
    }

    public RecordingBoardDisplay Display { get; } = new();

    public CounterDisplayDevice Device { get; }

    public CounterDisplayLogic Logic => Device.Logic;

    public override DeviceRuntime Runtime => Device.Runtime;

    public override void Tick() => Device.Tick();

    public override void Edge(int button, bool pressed, long atMs) => Device.ButtonEdge(button, pressed, atMs);

    /// <summary>The hub's retained show for this board, then a loop turn.</summary>
    public void Show(string text)
    {
        Link.Deliver(Topics.Show, text == "null" ? "{\"text\":null}" : "{\"text\":\"" + text + "\"}");
        Tick();
    }

    /// <summary>The hub's retained hall calls, then a loop turn.</summary>
    public void HallCalls(string json)
    {
        Link.Deliver(Topics.HallCalls, json);
        Tick();
    }
}
