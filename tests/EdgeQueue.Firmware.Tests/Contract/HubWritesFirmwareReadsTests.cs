using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Firmware.Core.Contract;

namespace EdgeQueue.Firmware.Tests.Contract;

/// <summary>Every hub → device golden message, and what the hub's own serializer writes, parses in the firmware reader.</summary>
public sealed class HubWritesFirmwareReadsTests
{
    [Fact]
    public void Reply_GoldenTicket_ReadWithEveryField()
    {
        Assert.True(DeviceReplyMessage.TryParse(Golden.Bytes("reply.ticket"), out var reply, out var error), error);

        Assert.Equal("disp-01.7f3a.42", reply.Re);
        Assert.True(reply.Ok);
        Assert.Equal("A017", reply.Ticket);
        Assert.Equal(5, reply.Waiting);
        Assert.Equal(12, reply.EtaMin);
        Assert.Equal(JsonFields.Absent, reply.Counter);
        Assert.Null(reply.Error);
    }

    [Fact]
    public void Reply_GoldenCalled_ReadsTicketAndCounter()
    {
        Assert.True(DeviceReplyMessage.TryParse(Golden.Bytes("reply.called"), out var reply, out var error), error);

        Assert.Equal("keypad-05.c1.7", reply.Re);
        Assert.Equal("A017", reply.Ticket);
        Assert.Equal(5, reply.Counter);
    }

    [Fact]
    public void Reply_GoldenError_ReadsCodeAndPolishMessage()
    {
        Assert.True(DeviceReplyMessage.TryParse(Golden.Bytes("reply.error"), out var reply, out var error), error);

        Assert.False(reply.Ok);
        Assert.Equal(ReplyErrorCodes.CategoryClosed, reply.Error);
        Assert.Equal("Kategoria B jest zamknięta od 15:00", reply.Message);
    }

    [Fact]
    public void Config_GoldenDispenser_ReadsButtonMap()
    {
        Assert.True(DeviceConfigMessage.TryParse(Golden.Bytes("config.dispenser"), out var config, out var error), error);

        Assert.Equal("disp", config.Role);
        Assert.Equal(3, config.Version);
        Assert.Equal("A", config.CategoryOfButton(1));
        Assert.Equal("C", config.CategoryOfButton(3));
        Assert.Null(config.CategoryOfButton(4));
        Assert.Equal(80, config.Brightness);
    }

    [Fact]
    public void Config_GoldenKeypad_ReadsCounterAndCategories()
    {
        Assert.True(DeviceConfigMessage.TryParse(Golden.Bytes("config.keypad"), out var config, out var error), error);

        Assert.Equal("keypad", config.Role);
        Assert.Equal(5, config.Counter);
        Assert.Equal(["A", "B", "C"], config.Categories);
        Assert.Equal(60, config.Brightness);
    }

    [Fact]
    public void Show_GoldenKeypad_ReadsTextAndWaiting()
    {
        Assert.True(DeviceShowMessage.TryParse(Golden.Bytes("show.keypad"), out var show, out var error), error);

        Assert.Equal("A017", show.Text);
        Assert.Equal(4, show.Waiting);
    }

    [Fact]
    public void Config_GoldenBoard_ReadsCounterAndBrightness()
    {
        Assert.True(DeviceConfigMessage.TryParse(Golden.Bytes("config.board"), out var config, out var error), error);

        Assert.Equal("board", config.Role);
        Assert.Equal(5, config.Counter);
        Assert.Equal(70, config.Brightness);
        Assert.Empty(config.Categories);
    }

    [Fact]
    public void Show_GoldenBoard_ReadsTheTicketServed()
    {
        Assert.True(DeviceShowMessage.TryParse(Golden.Bytes("show.board"), out var show, out var error), error);

        Assert.Equal("A017", show.Text);
        Assert.Equal(JsonFields.Absent, show.Waiting);
    }

    [Fact]
    public void Show_GoldenDispenser_ReadsCategoryLights()
    {
        Assert.True(DeviceShowMessage.TryParse(Golden.Bytes("show.dispenser"), out var show, out var error), error);

        Assert.Equal(CategoryStates.Open, show.CategoryState("A"));
        Assert.Equal(CategoryStates.Closed, show.CategoryState("B"));
        Assert.Null(show.CategoryState("C"));
        Assert.Equal("low", show.Paper);
    }

    [Fact]
    public void HallCalls_Golden_ReadsNewestFirst()
    {
        Assert.True(HallCallsMessage.TryParse(Golden.Bytes("hall.calls"), out var calls, out var error), error);

        Assert.Equal(2, calls.Calls.Length);
        Assert.Equal("A017", calls.Calls[0].Ticket);
        Assert.Equal(5, calls.Calls[0].Counter);
        Assert.False(calls.Calls[0].Recall);
        Assert.True(calls.Calls[1].Recall);
        Assert.Equal("B004", calls.LatestFor(2)!.Ticket);
        Assert.Null(calls.LatestFor(9));
    }

    [Fact]
    public void Reply_WrittenByHubSerializer_ReadsInFirmware()
    {
        var payload = ContractJson.Serialize(DeviceReply.Failed("keypad-05.c1.9", ReplyErrors.NothingToCall, "Brak osób w kolejce \"A\""));

        Assert.True(DeviceReplyMessage.TryParse(payload, out var reply, out var error), error);
        Assert.Equal(ReplyErrors.NothingToCall, reply.Error);
        Assert.Equal("Brak osób w kolejce \"A\"", reply.Message);
    }

    [Fact]
    public void Config_WrittenByHubSerializer_ReadsInFirmware()
    {
        var payload = ContractJson.Serialize(new DeviceConfig("disp", 7, Buttons: new Dictionary<string, string> { ["1"] = "D", ["2"] = "E" }));

        Assert.True(DeviceConfigMessage.TryParse(payload, out var config, out var error), error);
        Assert.Equal(7, config.Version);
        Assert.Equal("E", config.CategoryOfButton(2));
        Assert.Equal(JsonFields.Absent, config.Counter);
        Assert.Empty(config.Categories);
    }

    [Theory]
    [InlineData("{\"re\":\"x\"}", "'ok' is required")]
    [InlineData("{\"ok\":true}", "'re' is required")]
    [InlineData("{\"re\":\"x\",\"ok\":\"yes\"}", "'ok' must be true or false")]
    [InlineData("{\"re\":\"x\",\"ok\":true,\"waiting\":\"5\"}", "'waiting' must be a whole number")]
    [InlineData("{\"re\":\"x\",\"ok\":true,\"waiting\":-3}", "'waiting' is out of range")]
    [InlineData("{\"re\":7,\"ok\":true}", "'re' must be a string")]
    public void Reply_WrongShape_RefusedWithReason(string json, string expected)
    {
        Assert.False(DeviceReplyMessage.TryParse(Encoding.UTF8.GetBytes(json), out var reply, out var error));
        Assert.Null(reply);
        Assert.Contains(expected, error, StringComparison.Ordinal);

        // The hub's own reader refuses the same payloads, except a negative count, which only the
        // firmware rejects (every integer it reads is a count, a number or a version).
        if (!json.Contains("-3", StringComparison.Ordinal))
        {
            Assert.False(ContractJson.TryDeserialize<DeviceReply>(Encoding.UTF8.GetBytes(json), out _, out _));
        }
    }

    [Theory]
    [InlineData("{\"version\":1}", "'role' is required")]
    [InlineData("{\"role\":\"disp\"}", "'version' is required")]
    [InlineData("{\"role\":\"disp\",\"version\":1,\"buttons\":{\"1\":1}}", "'buttons.1' must be a string")]
    [InlineData("{\"role\":\"keypad\",\"version\":1,\"categories\":\"A\"}", "'categories' must be an array")]
    [InlineData("{\"role\":\"keypad\",\"version\":1,\"brightness\":140}", "'brightness' must be 0..100")]
    public void Config_WrongShape_RefusedWithReason(string json, string expected)
    {
        Assert.False(DeviceConfigMessage.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void HallCalls_MissingCalls_RefusedWithReason()
    {
        Assert.False(HallCallsMessage.TryParse(Encoding.UTF8.GetBytes("{\"calls\":[{\"ticket\":\"A1\"}]}"), out _, out var error));
        Assert.Contains("'calls[0]': 'counter' is required", error, StringComparison.Ordinal);
    }
}
