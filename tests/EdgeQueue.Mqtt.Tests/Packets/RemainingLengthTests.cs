using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Tests.Packets;

public sealed class RemainingLengthTests
{
    [Theory]
    [InlineData(0, "00")]
    [InlineData(127, "7F")]
    [InlineData(128, "8001")]
    [InlineData(16_383, "FF7F")]
    [InlineData(16_384, "808001")]
    [InlineData(2_097_151, "FFFF7F")]
    [InlineData(2_097_152, "80808001")]
    [InlineData(268_435_455, "FFFFFF7F")]
    public void Write_BoundaryValues_MatchSpecTable(int value, string hex)
    {
        var buffer = new byte[4];

        var size = RemainingLength.Write(value, buffer);

        Assert.Equal(Convert.FromHexString(hex), buffer[..size]);
        Assert.True(RemainingLength.TryRead(buffer.AsSpan(0, size), out var read, out var readSize));
        Assert.Equal(value, read);
        Assert.Equal(size, readSize);
    }

    [Fact]
    public void GetSize_AboveMaximum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RemainingLength.GetSize(RemainingLength.MaxValue + 1));
    }
}
