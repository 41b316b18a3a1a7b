using EdgeQueue.Central.Documents;

namespace EdgeQueue.Central.Tests.Documents;

public sealed class PolishFormatTests
{
    [Theory]
    [InlineData(1, "Styczeń 2026", "3 stycznia")]
    [InlineData(2, "Luty 2026", "3 lutego")]
    [InlineData(3, "Marzec 2026", "3 marca")]
    [InlineData(4, "Kwiecień 2026", "3 kwietnia")]
    [InlineData(5, "Maj 2026", "3 maja")]
    [InlineData(6, "Czerwiec 2026", "3 czerwca")]
    [InlineData(7, "Lipiec 2026", "3 lipca")]
    [InlineData(8, "Sierpień 2026", "3 sierpnia")]
    [InlineData(9, "Wrzesień 2026", "3 września")]
    [InlineData(10, "Październik 2026", "3 października")]
    [InlineData(11, "Listopad 2026", "3 listopada")]
    [InlineData(12, "Grudzień 2026", "3 grudnia")]
    public void MonthAndDay_EveryMonth_NominativeHeadingGenitiveDate(int month, string heading, string inDate)
    {
        Assert.Equal(heading, PolishFormat.Month(2026, month));
        Assert.Contains($" {inDate} 2026", PolishFormat.Day(new DateOnly(2026, month, 3)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 12, 3, "czwartek, ", " grudnia 2026")]
    [InlineData(2026, 12, 31, "czwartek, ", " grudnia 2026")]
    [InlineData(2026, 3, 1, "niedziela, ", " marca 2026")]
    public void AroundDayNumber_CalendarDay_WeekdayBeforeAndGenitiveMonthAfter(int year, int month, int day, string before, string after)
    {
        var date = new DateOnly(year, month, day);

        var around = PolishFormat.AroundDayNumber(date);

        Assert.Equal((before, after), around);
        Assert.Equal(PolishFormat.Day(date), around.Before + day.ToString(System.Globalization.CultureInfo.InvariantCulture) + around.After);
    }

    [Theory]
    [InlineData("Urząd Miasta Poznania, ul. Gronowa", "ul. Gronowa 22A, 61-655 Poznań", "Urząd Miasta Poznania, ul. Gronowa 22A, 61-655 Poznań")]
    [InlineData("Urząd Miasta Poznania", "ul. Gronowa 22A, 61-655 Poznań", "Urząd Miasta Poznania, ul. Gronowa 22A, 61-655 Poznań")]
    [InlineData("ul. Libelta", "ul. Libelta 16/20", "ul. Libelta 16/20")]
    [InlineData("Filia, ul. Gronowa", "ul. Gronowskiego 3", "Filia, ul. Gronowa, ul. Gronowskiego 3")]
    [InlineData("Urząd Stanu Cywilnego", "", "Urząd Stanu Cywilnego")]
    public void Place_NameAndAddress_StreetSaidOnce(string name, string address, string expected) =>
        Assert.Equal(expected, PolishFormat.Place(name, address));
}
