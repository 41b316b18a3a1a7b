using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Firmware.Core.Connectivity;
using EdgeQueue.Firmware.Core.Contract;
using EdgeQueue.Firmware.Tests.Fakes;

namespace EdgeQueue.Firmware.Tests.Contract;

/// <summary>Every message the firmware writes parses with the hub's contract types and passes its rules.</summary>
public sealed class FirmwareWritesHubReadsTests
{
    public static TheoryData<string, string, string?, string?> Events => new()
    {
        { "disp-01", EventKinds.TicketRequest, "category", "A" },
        { "keypad-05", EventKinds.CounterNext, null, null },
        { "keypad-05", EventKinds.CounterRecall, null, null },
        { "keypad-05", EventKinds.CounterNoShow, null, null },
        { "keypad-05", EventKinds.CounterDone, null, null },
        { "keypad-05", EventKinds.CounterTransfer, "to", "B" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void Event_EveryKindTheFirmwareSends_ParsesAndValidatesOnTheHub(string deviceId, string kind, string? field, string? value)
    {
        var payload = ContractWriter.Event(deviceId + ".7f3a0b1c.42", kind, field, value);

        Assert.True(ContractJson.TryDeserialize<DeviceEvent>(payload, out var message, out var error), error);
        Assert.True(
            DeviceEventRules.TryValidate(message, DeviceId.Parse(deviceId), out var code, out var why),
            code + ": " + why);
        Assert.Equal(kind, message.Kind);
        Assert.Equal(value, field == "category" ? message.Category : field == "to" ? message.To : null);
    }

    [Fact]
    public void Event_FromRunningDevices_ParsesAndValidatesOnTheHub()
    {
        var dispenser = new DispenserRig();
        dispenser.Press(1);
        var keypad = new KeypadRig();
        keypad.Press(Core.Keypad.KeypadButtons.Next);

        foreach (var (sender, sent) in new[] { ("disp-01", dispenser.Events[0]), ("keypad-05", keypad.Events[0]) })
        {
            Assert.True(ContractJson.TryDeserialize<DeviceEvent>(sent.Payload, out var message, out var error), error);
            Assert.True(DeviceEventRules.TryValidate(message, DeviceId.Parse(sender), out _, out var why), why);
            Assert.True(EventId.TryParse(message.Id, out var id, out _));
            Assert.Equal(1, id.Sequence);
            Assert.Equal(8, id.BootId.Length);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0x0fff)]
    [InlineData(0x1000)]
    [InlineData(int.MaxValue)]
    public void EventId_AnyBootRandomness_CanonicalOnTheHub(int random)
    {
        var boot = BootId.Create(new FakeRandom(random));
        var outbox = new EventOutbox("keypad-05", boot, capacity: 12, retryInitialMs: 1000, retryMaxMs: 8000, new FakeRandom());

        for (var i = 0; i < 12; i++)
        {
            var id = outbox.Add(EventKinds.CounterNext, null, null, 0, 30000, 0)!.Id;

            Assert.True(EventId.TryParse(id, out var parsed, out var error), error);
            Assert.Equal(id, parsed.ToString());
            Assert.Equal(8, parsed.BootId.Length);
        }
    }

    [Theory]
    [InlineData("event.ticket-request", "category")]
    [InlineData("event.counter-next", null)]
    [InlineData("event.counter-recall", null)]
    [InlineData("event.counter-noshow", null)]
    [InlineData("event.counter-done", null)]
    [InlineData("event.counter-transfer", "to")]
    public void Event_EveryGoldenEventTheFirmwareSends_WrittenByteForByte(string golden, string? field)
    {
        var expected = ContractJson.Deserialize<DeviceEvent>(Golden.Bytes(golden));
        var value = field == "category" ? expected.Category : field == "to" ? expected.To : null;

        var payload = ContractWriter.Event(expected.Id, expected.Kind, field, value);

        Assert.Equal(Golden.Text(golden), Encoding.UTF8.GetString(payload));
    }

    [Fact]
    public void State_Online_ByteForByteTheGoldenMessageAndParsesOnTheHub()
    {
        var payload = ContractWriter.State(new DeviceStateReport("1.0.3", "7f3a", 310, -61, 81234, "ok", 3));

        Assert.Equal(Golden.Text("state.online"), Encoding.UTF8.GetString(payload));
        Assert.True(ContractJson.TryDeserialize<DeviceState>(payload, out var state, out var error), error);
        Assert.True(state.Online);
        Assert.Equal(310, state.UptimeS);
        Assert.Equal(-61, state.Rssi);
    }

    [Fact]
    public void State_WithLogLines_ByteForByteTheGoldenMessageAndTheHubReadsTheLines()
    {
        string[] log =
        [
            "2 s połączone z brokerem 192.168.10.2:1883",
            "305 s odrzucona wiadomość huba: config: \"counter\" must be a number",
            "309 s utracone połączenie z brokerem",
            "310 s połączone z brokerem 192.168.10.2:1883",
        ];

        var payload = ContractWriter.State(new DeviceStateReport("1.0.3", "7f3a", 310, -61, 81234, null, 3, log));

        Assert.Equal(Golden.Text("state.with-log"), Encoding.UTF8.GetString(payload));
        Assert.True(ContractJson.TryDeserialize<DeviceState>(payload, out var state, out var error), error);
        Assert.Equal(log, state.Log);
    }

    [Fact]
    public void State_KeypadWithUnknownRssiAndMemory_LeavesThemOut()
    {
        var payload = ContractWriter.State(new DeviceStateReport("1.0.0", "00c1", 5, 0, -1, null, 0));

        Assert.Equal("{\"online\":true,\"fw\":\"1.0.0\",\"boot\":\"00c1\",\"uptimeS\":5}", Encoding.UTF8.GetString(payload));
        Assert.True(ContractJson.TryDeserialize<DeviceState>(payload, out _, out var error), error);
    }

    [Fact]
    public void Offline_Will_ByteForByteTheGoldenMessage()
    {
        Assert.Equal(Golden.Text("state.will"), Encoding.UTF8.GetString(ContractWriter.Offline()));
        Assert.True(ContractJson.TryDeserialize<DeviceState>(ContractWriter.Offline(), out var state, out _));
        Assert.False(state.Online);
    }
}
