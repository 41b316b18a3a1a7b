using EdgeQueue.Contracts;

namespace EdgeQueue.Contracts.Tests;

public sealed class DeviceIdTests
{
    [Theory]
    [InlineData("disp-01", "disp", 1)]
    [InlineData("keypad-12", "keypad", 12)]
    [InlineData("board-0103", "board", 103)]
    public void TryParse_WellFormedId_ReadsRoleAndNumber(string text, string role, int number)
    {
        Assert.True(DeviceId.TryParse(text, out var id, out var error), error);
        Assert.Equal(role, id.Role);
        Assert.Equal(number, id.Number);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("disp01", "{role}-{nn}")]
    [InlineData("printer-01", "unknown role 'printer'")]
    [InlineData("disp-1", "2 to 4 digits")]
    [InlineData("disp-0x1", "2 to 4 digits")]
    [InlineData("disp-12345", "2 to 4 digits")]
    public void TryParse_MalformedId_ExplainsWhy(string text, string expected)
    {
        Assert.False(DeviceId.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SmallNumber_PadsToTwoDigits()
    {
        Assert.Equal("disp-07", DeviceId.Create(DeviceRoles.Dispenser, 7).ToString());
    }
}
