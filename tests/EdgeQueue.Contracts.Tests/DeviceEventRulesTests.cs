using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Contracts.Tests;

public sealed class DeviceEventRulesTests
{
    private static readonly DeviceId Dispenser = DeviceId.Parse("disp-01");
    private static readonly DeviceId Keypad = DeviceId.Parse("keypad-05");

    [Fact]
    public void TryValidate_IdOfAnotherDevice_IsRefused()
    {
        var message = new DeviceEvent("disp-02.1.1", DeviceEventKinds.TicketRequest, Category: "A");

        Assert.False(DeviceEventRules.TryValidate(message, Dispenser, out var code, out var why));
        Assert.Equal(ReplyErrors.BadRequest, code);
        Assert.Contains("not to the sender disp-01", why, StringComparison.Ordinal);
    }

    [Fact]
    public void TryValidate_KeypadAskingForTicket_IsNotAllowed()
    {
        var message = new DeviceEvent("keypad-05.1.1", DeviceEventKinds.TicketRequest, Category: "A");

        Assert.False(DeviceEventRules.TryValidate(message, Keypad, out var code, out _));
        Assert.Equal(ReplyErrors.NotAllowed, code);
    }

    [Fact]
    public void TryValidate_UnknownKind_IsNamed()
    {
        var message = new DeviceEvent("keypad-05.1.1", "counter.dance");

        Assert.False(DeviceEventRules.TryValidate(message, Keypad, out var code, out var why));
        Assert.Equal(ReplyErrors.UnknownKind, code);
        Assert.Contains("counter.dance", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeviceEventKinds.CounterTransfer, "to")]
    [InlineData(DeviceEventKinds.CheckIn, "code")]
    public void TryValidate_MissingField_NamesTheField(string kind, string field)
    {
        var message = new DeviceEvent("keypad-05.1.1", kind);

        Assert.False(DeviceEventRules.TryValidate(message, Keypad, out var code, out var why));
        Assert.Equal(ReplyErrors.BadRequest, code);
        Assert.Contains($"'{field}'", why, StringComparison.Ordinal);
    }
}
