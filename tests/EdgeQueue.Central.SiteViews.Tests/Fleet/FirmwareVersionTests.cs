using EdgeQueue.Central.SiteViews.Fleet;

namespace EdgeQueue.Central.SiteViews.Tests.Fleet;

public sealed class FirmwareVersionTests
{
    [Theory]
    [InlineData("1.0.9", "1.0.10")]
    [InlineData("1.0", "1.0.1")]
    [InlineData("v1.2.0", "1.10.0")]
    [InlineData("garbage", "0.0.1")]
    [InlineData(null, "0.0.1")]
    public void Compare_OlderFirst_Negative(string? older, string newer)
    {
        Assert.True(FirmwareVersion.Comparer.Compare(older, newer) < 0);
        Assert.True(FirmwareVersion.Comparer.Compare(newer, older) > 0);
    }

    [Fact]
    public void Compare_TrailingZero_Equal() => Assert.Equal(0, FirmwareVersion.Comparer.Compare("1.0", "1.0.0"));
}
