using EdgeQueue.Central.Residents;

namespace EdgeQueue.Central.Tests.Residents;

public sealed class RouteFormatsTests
{
    [Fact]
    public void DayAndHour_RoundTrip()
    {
        Assert.True(RouteFormats.TryDay(RouteFormats.Day(new DateOnly(2026, 11, 23)), out var day));
        Assert.True(RouteFormats.TryHour(RouteFormats.Hour(new TimeOnly(7, 30)), out var hour));

        Assert.Equal(new DateOnly(2026, 11, 23), day);
        Assert.Equal(new TimeOnly(7, 30), hour);
        Assert.Equal("0730", RouteFormats.Hour(new TimeOnly(7, 30)));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-02-30")]
    [InlineData("23.11.2026")]
    [InlineData("")]
    [InlineData(null)]
    public void TryDay_NotADay_IsFalse(string? text) => Assert.False(RouteFormats.TryDay(text, out _));

    [Theory]
    [InlineData("2500")]
    [InlineData("7:30")]
    [InlineData("ab")]
    public void TryHour_NotAnHour_IsFalse(string text) => Assert.False(RouteFormats.TryHour(text, out _));

    [Fact]
    public void TryMonth_YearAndMonth_ParsesAndRejectsNonsense()
    {
        Assert.True(RouteFormats.TryMonth("2026-12", out var year, out var month));
        Assert.Equal((2026, 12), (year, month));
        Assert.False(RouteFormats.TryMonth("2026-13", out _, out _));
        Assert.False(RouteFormats.TryMonth("grudzień", out _, out _));
    }
}
