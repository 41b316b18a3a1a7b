using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Core.Settings;

namespace EdgeQueue.Firmware.Tests.Fakes;

/// <summary>What every device under test has: fake clock, radio, broker link and memory, and a loop to drive.</summary>
public abstract class DeviceRig(DeviceSettings settings)
{
    public DeviceSettings Settings { get; } = settings;

    public FakeClock Clock { get; } = new();

    public FakeRandom Random { get; } = new();

    public FakeWifi Wifi { get; } = new();

    public FakeMqttLink Link { get; } = new();

    public FakeSystemMonitor Monitor { get; } = new();

    public DeviceTopics Topics => Runtime.Topics;

    public abstract DeviceRuntime Runtime { get; }

    public List<PublishedMessage> Events => Link.On(Topics.Event).ToList();

    /// <summary>The id of the last event sent.</summary>
    public string LastEventId => System.Text.Json.JsonDocument.Parse(Events[^1].Payload).RootElement.GetProperty("id").GetString()!;

    /// <summary>One turn of the device loop.</summary>
    public abstract void Tick();

    /// <summary>A pin edge of <paramref name="button"/>.</summary>
    public abstract void Edge(int button, bool pressed, long atMs);

    /// <summary>A clean press of <paramref name="button"/> 100 ms after the last: down, held, up, then a loop turn.</summary>
    public void Press(int button, int holdMs = 80)
    {
        Clock.Advance(100); // a person's hand: presses are never closer than this
        Edge(button, true, Clock.NowMs);
        Clock.Advance(holdMs);
        Edge(button, false, Clock.NowMs);
        Tick();
    }

    /// <summary>Moves time forward in loop-sized steps, running the device loop at each.</summary>
    public void Run(long ms, int stepMs = 10)
    {
        for (long t = 0; t < ms; t += stepMs)
        {
            Clock.Advance(stepMs);
            Tick();
        }
    }

    /// <summary>The hub answers on the device's reply topic.</summary>
    public void Reply(string json)
    {
        Link.Deliver(Topics.Reply, json);
        Tick();
    }

    /// <summary>Boots the device: online at once (joins run inline), then (optionally) the hub's retained config arrives.</summary>
    protected void Boot(bool online, string? config)
    {
        // Joins finish within the tick that starts them (the device runs them on a thread of their own).
        Runtime.Supervisor.Worker = InlineConnectWorker.Instance;
        if (online)
        {
            Tick();
            Assert.True(Runtime.IsOnline);
        }

        if (config is not null)
        {
            Link.Deliver(Topics.Config, config);
            Tick();
        }
    }
}
