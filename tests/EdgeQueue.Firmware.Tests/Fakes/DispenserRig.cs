using EdgeQueue.Firmware.Core.Dispenser;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A dispenser with three category buttons on fake hardware, booted and (by default) online and configured.</summary>
public sealed class DispenserRig
{
    public DispenserRig(DeviceSettings? settings = null, bool online = true, bool configured = true)
    {
        Settings = settings ?? TestSettings.For("disp-01");
        Leds = [new RecordingLed(), new RecordingLed(), new RecordingLed()];
        Device = new DispenserDevice(Settings, Clock, Random, Wifi, Link, Monitor, Leds, StatusLed);
        Topics = Device.Runtime.Topics;
        if (online)
        {
            Device.Tick();
            Assert.True(Device.Runtime.IsOnline);
        }

        if (configured)
        {
            Link.Deliver(Topics.Config, "{\"role\":\"disp\",\"version\":3,\"buttons\":{\"1\":\"A\",\"2\":\"B\",\"3\":\"C\"},\"brightness\":80}");
            Device.Tick();
        }
    }

    public DeviceSettings Settings { get; }

    public FakeClock Clock { get; } = new();

    public FakeRandom Random { get; } = new();

    public FakeWifi Wifi { get; } = new();

    public FakeMqttLink Link { get; } = new();

    public FakeSystemMonitor Monitor { get; } = new();

    public RecordingLed[] Leds { get; }

    public RecordingStatusLed StatusLed { get; } = new();

    public DispenserDevice Device { get; }

    public Core.Contract.DeviceTopics Topics { get; }

    public DispenserLogic Logic => Device.Logic;

    public List<PublishedMessage> Events => Link.On(Topics.Event).ToList();

    /// <summary>A clean press of <paramref name="button"/> 100 ms after the last: down, 80 ms held, up, then a loop turn.</summary>
    public void Press(int button)
    {
        Clock.Advance(100); // a person's hand: presses are never closer than this
        Device.ButtonEdge(button, true, Clock.NowMs);
        Clock.Advance(80);
        Device.ButtonEdge(button, false, Clock.NowMs);
        Device.Tick();
    }

    /// <summary>Moves time forward in loop-sized steps, running the device loop at each.</summary>
    public void Run(long ms, int stepMs = 10)
    {
        for (long t = 0; t < ms; t += stepMs)
        {
            Clock.Advance(stepMs);
            Device.Tick();
        }
    }

    public void Reply(string json)
    {
        Link.Deliver(Topics.Reply, json);
        Device.Tick();
    }
}
