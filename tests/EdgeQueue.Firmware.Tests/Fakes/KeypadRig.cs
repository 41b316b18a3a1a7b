using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>A counter keypad on fake hardware, booted and (by default) online and configured as counter 5.</summary>
public sealed class KeypadRig
{
    public KeypadRig(DeviceSettings? settings = null, bool online = true, bool configured = true)
    {
        Settings = settings ?? TestSettings.For("keypad-05");
        Device = new KeypadDevice(Settings, Clock, Random, Wifi, Link, Monitor, Display);
        Topics = Device.Runtime.Topics;
        if (online)
        {
            Device.Tick();
            Assert.True(Device.Runtime.IsOnline);
        }

        if (configured)
        {
            Link.Deliver(Topics.Config, "{\"role\":\"keypad\",\"version\":3,\"counter\":5,\"categories\":[\"A\",\"B\",\"C\"],\"brightness\":60}");
            Device.Tick();
        }
    }

    public DeviceSettings Settings { get; }

    public FakeClock Clock { get; } = new();

    public FakeRandom Random { get; } = new();

    public FakeWifi Wifi { get; } = new();

    public FakeMqttLink Link { get; } = new();

    public FakeSystemMonitor Monitor { get; } = new();

    public RecordingDisplay Display { get; } = new();

    public KeypadDevice Device { get; }

    public Core.Contract.DeviceTopics Topics { get; }

    public KeypadLogic Logic => Device.Logic;

    public List<PublishedMessage> Events => Link.On(Topics.Event).ToList();

    public void Press(int button, int holdMs = 80)
    {
        Clock.Advance(100); // a person's hand: presses are never closer than this
        Device.ButtonEdge(button, true, Clock.NowMs);
        Clock.Advance(holdMs);
        Device.ButtonEdge(button, false, Clock.NowMs);
        Device.Tick();
    }

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

    /// <summary>The id of the last event sent.</summary>
    public string LastEventId => System.Text.Json.JsonDocument.Parse(Events[^1].Payload).RootElement.GetProperty("id").GetString()!;
}
