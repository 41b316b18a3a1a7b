using EdgeQueue.Central.Booking.Privacy;

namespace EdgeQueue.Central.Booking.Tests.Privacy;

public sealed class ConfirmationCodeTests
{
    [Fact]
    public void New_ManyCodes_UseOnlyUnambiguousCharactersAndDoNotRepeat()
    {
        var codes = Enumerable.Range(0, 5000).Select(_ => ConfirmationCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Equal(ConfirmationCode.Length, c.Length));
        Assert.DoesNotContain(codes.SelectMany(c => c), c => c is '0' or 'O' or '1' or 'I' or 'L');
        Assert.Equal(ConfirmationCode.Alphabet.Length, codes.SelectMany(c => c).Distinct().Count());
    }

    [Theory]
    [InlineData("abcd-efgh", "ABCDEFGH")]
    [InlineData(" 2345 6789 ", "23456789")]
    [InlineData("ABCDEFG", null)]
    [InlineData("ABCDEFGO", null)]
    [InlineData("ABCDEFGH9", null)]
    [InlineData(null, null)]
    public void Normalize_TypedCode_IsCleanedOrRejected(string? typed, string? expected) =>
        Assert.Equal(expected, ConfirmationCode.Normalize(typed));
}
