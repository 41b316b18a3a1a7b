using EdgeQueue.Central.SiteViews.Notifications;

namespace EdgeQueue.Central.SiteViews.Tests.Notifications;

public sealed class PhoneNumbersTests
{
    [Theory]
    [InlineData("600100200")]
    [InlineData("600 100 200")]
    [InlineData("+48 600-100-200")]
    [InlineData("0048600100200")]
    [InlineData("48 (600) 100 200")]
    public void Normalize_PolishNumber_E164(string text) => Assert.Equal("+48600100200", PhoneNumbers.Normalize(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("60010020")]
    [InlineData("060010020")]
    [InlineData("+49 600 100 200 1")]
    [InlineData("600 100 20a")]
    [InlineData("600+100200")]
    public void Normalize_NotAPolishNumber_Null(string? text) => Assert.Null(PhoneNumbers.Normalize(text));

    [Fact]
    public void Mask_Number_OnlyLastThreeDigits() => Assert.Equal("+48 *** *** 200", PhoneNumbers.Mask("+48600100200"));
}
