using System.Text;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages;

namespace EdgeQueue.Contracts.Tests.Messages;

public sealed class ContractJsonTests
{
    [Theory]
    [InlineData("", "empty")]
    [InlineData("null", "JSON null")]
    [InlineData("{\"id\":\"disp-01.1.1\"", "invalid JSON")]
    [InlineData("{\"kind\":\"ticket.request\"}", "id")]
    [InlineData("{\"id\":null,\"kind\":\"ticket.request\"}", "invalid JSON")]
    [InlineData("{\"id\":5,\"kind\":\"ticket.request\"}", "invalid JSON")]
    [InlineData("[1,2]", "invalid JSON")]
    public void TryDeserialize_BadEvent_ExplainsWithoutThrowing(string json, string expected)
    {
        Assert.False(ContractJson.TryDeserialize<DeviceEvent>(Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_OversizedPayload_IsRefusedBeforeParsing()
    {
        var huge = new byte[ContractJson.MaxPayloadBytes + 1];

        Assert.False(ContractJson.TryDeserialize<DeviceEvent>(huge, out _, out var error));
        Assert.Contains("exceeds", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryDeserialize_UnknownExtraField_IsIgnoredForNewerDevices()
    {
        var json = "{\"id\":\"disp-01.1.1\",\"kind\":\"ticket.request\",\"category\":\"A\",\"lang\":\"uk\"}"u8;

        Assert.True(ContractJson.TryDeserialize<DeviceEvent>(json, out var message, out _));
        Assert.Equal("A", message.Category);
    }

    [Fact]
    public void Serialize_Reply_OmitsNullsAndUsesCamelCase()
    {
        var json = ContractJson.SerializeToString(new DeviceReply("disp-01.7f3a.42", true, "A017", 5, 12));

        Assert.Equal("{\"re\":\"disp-01.7f3a.42\",\"ok\":true,\"ticket\":\"A017\",\"waiting\":5,\"etaMin\":12}", json);
    }

    [Fact]
    public void Serialize_PolishMessage_StaysReadableUtf8()
    {
        var bytes = ContractJson.Serialize(DeviceReply.Failed("disp-01.1.1", ReplyErrors.CategoryClosed, "Kategoria zamknięta"));

        Assert.Contains("zamknięta", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
