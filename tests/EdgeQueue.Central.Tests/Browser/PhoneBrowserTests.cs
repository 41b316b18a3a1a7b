using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Browser;

/// <summary>The residents' flow on a phone-sized screen with JavaScript switched off.</summary>
public sealed class PhoneBrowserTests
{
    [Fact]
    public async Task P01_BookVisit_OnAPhoneWithoutJavaScript_WorksAndFitsTheScreen()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync(new ChromiumOptions
        {
            ViewportWidth = 390,
            ViewportHeight = 844,
            IsMobile = true,
            JavaScriptEnabled = false,
        });

        await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        var formWidth = await browser.Page.Locator("body").BoundingBoxAsync();
        await BookingJourney.FillFormAsync(browser, TestPesel.Valid, "telefon@example.pl");
        await browser.ClickAsync("button:has-text('Umów wizytę')");
        await browser.WaitForTextAsync("Wizyta zarezerwowana");
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-phone-confirmation.png"));

        Assert.NotNull(formWidth);
        Assert.True(formWidth.Width <= 390, $"page is {formWidth.Width}px wide on a 390px screen");
        var code = await browser.Page.Locator("#kod").BoundingBoxAsync();
        Assert.True(code is not null && code.X + code.Width <= 390, "the confirmation code is fully visible without scrolling sideways");
    }
}
