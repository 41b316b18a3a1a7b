using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Booking.Tests.Catalogue;

public sealed class PolishHolidaysTests
{
    [Theory]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    public void EasterSunday_KnownYears_MatchesTheCalendar(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), PolishHolidays.EasterSunday(year));

    [Fact]
    public void For_2026_HasFourteenDaysIncludingMovableFeastsAndChristmasEve()
    {
        var days = PolishHolidays.For(2026);

        Assert.Equal(14, days.Count);
        Assert.Contains(days, d => d == (new DateOnly(2026, 6, 4), "Boże Ciało"));
        Assert.Contains(days, d => d == (new DateOnly(2026, 12, 24), "Wigilia Bożego Narodzenia"));
        Assert.DoesNotContain(PolishHolidays.For(2024), d => d.Day == new DateOnly(2024, 12, 24));
    }
}
