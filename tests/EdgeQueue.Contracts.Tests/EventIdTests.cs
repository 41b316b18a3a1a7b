using EdgeQueue.Contracts;

namespace EdgeQueue.Contracts.Tests;

public sealed class EventIdTests
{
    [Fact]
    public void Parse_ContractExample_ReadsDeviceBootAndSequence()
    {
        var id = EventId.Parse("disp-01.7f3a.42");

        Assert.Equal(DeviceId.Parse("disp-01"), id.Device);
        Assert.Equal("7f3a", id.BootId);
        Assert.Equal(42, id.Sequence);
        Assert.Equal("disp-01.7f3a.42", id.ToString());
    }

    [Theory]
    [InlineData("disp-01.7f3a", "{deviceId}.{bootId}.{seq}")]
    [InlineData("disp-01.zz.1", "hex")]
    [InlineData("disp-01.7f3a.-1", "whole number")]
    [InlineData("nope-01.7f3a.1", "unknown role")]
    public void TryParse_Malformed_ExplainsWhy(string text, string expected)
    {
        Assert.False(EventId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
