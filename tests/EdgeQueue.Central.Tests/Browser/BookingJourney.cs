using System.Text.RegularExpressions;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Browser;

/// <summary>
/// Clicks through the residents' flow the way a person does: department → group → matter →
/// location → first month with a free day → first free day → first free hour, and remembers the
/// matter id and day from the addresses it passed.
/// </summary>
internal static partial class BookingJourney
{
    public static async Task<(int MatterId, string Day)> OpenBookingFormAsync(ChromiumRunner browser, string baseUrl)
    {
        Assert.Equal(200, await browser.OpenAsync(baseUrl + "/"));
        await AccessibleAsync(browser);
        await browser.ClickAsync("ul.choices a");                     // department
        await browser.WaitForTextAsync("Wybierz grupę spraw");
        await AccessibleAsync(browser);
        await browser.ClickAsync("ul.choices a");                     // matter group
        await browser.WaitForTextAsync("Wybierz sprawę");
        await AccessibleAsync(browser);
        await browser.ClickAsync("ul.choices a");                     // matter
        await browser.WaitForTextAsync("Wybierz lokalizację");
        await AccessibleAsync(browser);
        var matterId = int.Parse(MatterInPath().Match(browser.Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await browser.ClickAsync("ul.choices a");                     // location
        await browser.WaitForSelectorAsync("table.calendar");
        await AccessibleAsync(browser);
        // The month heading in the nominative, as a Polish calendar writes it (it once read "LLLL 2026").
        Assert.Matches(MonthHeading(), await browser.Page.Locator("table.calendar caption").InnerTextAsync());
        for (var month = 0; month < 2 && await browser.Page.Locator("table.calendar td a").CountAsync() == 0; month++)
        {
            await browser.ClickAsync("a[rel=next]");
        }

        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots",
            $"central-calendar-{browser.Page.ViewportSize?.Width}{(browser.RunsScripts ? "" : "-noscript")}.png"));
        await browser.ClickAsync("table.calendar td a");              // first free day
        await browser.WaitForTextAsync("Wybierz godzinę");
        await AccessibleAsync(browser);
        var day = DayInPath().Match(browser.Page.Url).Groups[1].Value;
        await browser.ClickAsync("ul.hours a");                       // first free hour
        await browser.WaitForTextAsync("Podaj dane do rezerwacji");
        await AccessibleAsync(browser);
        return (matterId, day);
    }

    /// <summary>
    /// axe-core finds nothing on the page as it is now (every rule, any impact). axe runs as a script
    /// in the page, so the journey without JavaScript (P01) is checked by the same pages' runs with
    /// scripts (E01, E02), which serve the same HTML.
    /// </summary>
    public static async Task AccessibleAsync(ChromiumRunner browser)
    {
        if (!browser.RunsScripts)
        {
            return;
        }

        var violations = await browser.AccessibilityViolationsAsync();
        Assert.True(violations.Count == 0, $"axe on {browser.Page.Url}:\n{string.Join("\n", violations)}");
    }

    /// <summary>Fills the form by the fields' accessible names (what a screen reader announces), so every field must be labelled.</summary>
    public static async Task FillFormAsync(ChromiumRunner browser, string pesel, string email)
    {
        var page = browser.Page;
        await page.GetByLabel("PESEL", new() { Exact = true }).FillAsync(pesel);
        await page.GetByLabel("Imię", new() { Exact = true }).FillAsync("Janina");
        await page.GetByLabel("Nazwisko", new() { Exact = true }).FillAsync("Kowalska-Żółć");
        await page.GetByLabel("Adres e-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Telefon (nieobowiązkowo)", new() { Exact = true }).FillAsync("+48 600 100 200");
        await page.GetByLabel("Wyrażam zgodę", new() { Exact = false }).Or(page.GetByLabel("Osoba dzwoniąca wyraziła zgodę")).CheckAsync();
    }

    [GeneratedRegex(@"^(Styczeń|Luty|Marzec|Kwiecień|Maj|Czerwiec|Lipiec|Sierpień|Wrzesień|Październik|Listopad|Grudzień) \d{4}$")]
    private static partial Regex MonthHeading();

    [GeneratedRegex(@"/sprawa/(\d+)")]
    private static partial Regex MatterInPath();

    [GeneratedRegex(@"/(\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DayInPath();
}
