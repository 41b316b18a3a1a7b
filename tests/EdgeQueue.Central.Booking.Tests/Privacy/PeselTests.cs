using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Tests.Fixtures;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

public sealed class PeselTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("44051401359", 1944, 5, 14)]
    [InlineData("02270803624", 2002, 7, 8)]
    [InlineData("4405 1401 359", 1944, 5, 14)]
    public void Check_ValidNumbers_DecodeTheBirthDateWithCentury(string pesel, int year, int month, int day)
    {
        var check = Pesel.Check(pesel, Today);

        Assert.True(check.IsValid, check.Error?.MessageEn);
        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
        Assert.Equal(11, check.Digits!.Length);
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2000, 2, 29)]
    [InlineData(2026, 11, 30)]
    public void Check_CenturyEncodedInMonth_RoundTrips(int year, int month, int day)
    {
        var check = Pesel.Check(TestPesel.For(year, month, day, 4321), Today);

        Assert.Equal(new DateOnly(year, month, day), check.BirthDate);
    }

    [Theory]
    [InlineData("44051401358", "cyfrę kontrolną")]
    [InlineData("4405140135", "11 cyfr")]
    [InlineData("4405140135a", "11 cyfr")]
    [InlineData("01223012345", "nieprawidłową datę")]
    [InlineData("00000000000", "nieprawidłową datę")]
    [InlineData(null, "Podaj numer PESEL")]
    public void Check_InvalidNumbers_SayWhatIsWrong(string? pesel, string expected)
    {
        var check = Pesel.Check(pesel, Today);

        Assert.False(check.IsValid);
        Assert.Contains(expected, check.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BirthDateInTheFuture_IsRefused()
    {
        var check = Pesel.Check(TestPesel.For(2027, 1, 15, 1), Today);

        Assert.Contains("z przyszłości", check.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_SamePeselDifferentKeys_DiffersAndNeverContainsTheNumber()
    {
        var a = new PeselHasher(new byte[32]);
        var b = new PeselHasher(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.Equal(a.Hash("44051401359"), a.Hash("44051401359"));
        Assert.NotEqual(a.Hash("44051401359"), b.Hash("44051401359"));
        Assert.DoesNotContain("44051401359", a.Hash("44051401359"), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new PeselHasher(new byte[16]));
    }
}
