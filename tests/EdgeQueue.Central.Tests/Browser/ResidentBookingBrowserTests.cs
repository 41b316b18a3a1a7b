using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Browser;

/// <summary>Residents' pages in headless Debian Chromium against a real Kestrel and a temporary SQLite database.</summary>
public sealed class ResidentBookingBrowserTests
{
    private const string Email = "janina.kowalska@example.pl";

    [Fact]
    public async Task E01_BookVisit_CodeShownMailedThenCancelledWithPeselMatterDayAndAxeFindsNothingOnTheWay()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();

        var (matterId, day) = await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        await BookingJourney.FillFormAsync(browser, TestPesel.Valid, Email);
        await browser.ClickAsync("button:has-text('Umów wizytę')");
        await browser.WaitForTextAsync("Wizyta zarezerwowana");
        var code = (await browser.TextAsync("#kod")).Trim();
        await BookingJourney.AccessibleAsync(browser);
        var confirmation = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-confirmation.png"));

        Assert.Matches("^[A-Z0-9]{6,12}$", code);
        Assert.Equal($"QR-Code:{code}", await Documents.QrCodeImagesTests.DecodeAsync(confirmation));
        var mail = await File.ReadAllTextAsync(Assert.Single(server.MailFiles()));
        Assert.Contains("To: " + Email, mail, StringComparison.Ordinal);
        Assert.Contains(code, mail, StringComparison.Ordinal);
        Assert.Contains(".ics", mail, StringComparison.Ordinal);
        using (var http = server.CreateClient())
        {
            var ics = await http.GetStringAsync(new Uri(browser.Page.Url).PathAndQuery.Split('?')[0] + "/kalendarz");
            Assert.Contains($"UID:{code}@edgequeue", ics, StringComparison.Ordinal);
        }

        await browser.OpenAsync(server.BaseUrl + "/sprawdz");
        await BookingJourney.AccessibleAsync(browser);
        await browser.Page.GetByLabel("Kod potwierdzenia", new() { Exact = true }).FillAsync(code.ToLowerInvariant());
        await browser.Page.GetByLabel("PESEL", new() { Exact = true }).FillAsync(TestPesel.Valid);
        await browser.ClickAsync("button:has-text('Sprawdź')");
        await browser.WaitForTextAsync("zarezerwowana");
        await BookingJourney.AccessibleAsync(browser);

        await browser.OpenAsync(server.BaseUrl + "/odwolaj");
        await BookingJourney.AccessibleAsync(browser);
        await browser.FillAsync("#Input_Pesel", TestPesel.Valid);
        await browser.Page.Locator("#Input_MatterId").SelectOptionAsync(matterId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await browser.FillAsync("#Input_Day", day);
        await browser.FillAsync("#Input_Code", code);
        await browser.ClickAsync("button:has-text('Odwołaj wizytę')");
        await browser.WaitForTextAsync("Wizyta została odwołana");
        await BookingJourney.AccessibleAsync(browser);
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-cancelled.png"));

        var booking = server.Services.GetRequiredService<IVisitBooking>();
        Assert.Equal(VisitStatus.Cancelled, (await booking.FindAsync(code, TestPesel.Valid))?.Status);
        Assert.Equal(2, server.MailFiles().Length);
        Assert.DoesNotContain(server.Logs, line => line.Contains(TestPesel.Valid, StringComparison.Ordinal));
        Assert.DoesNotContain(server.Logs, line => line.Contains(Email, StringComparison.Ordinal));
    }

    [Fact]
    public async Task E02_BookVisit_InvalidPesel_ErrorShownNextToFieldAndNothingBooked()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();

        await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        await BookingJourney.FillFormAsync(browser, TestPesel.WrongChecksum, Email);
        await browser.Page.GetByLabel("Nazwisko", new() { Exact = true }).FocusAsync();
        await browser.Page.Keyboard.PressAsync("Enter");              // submitted from the keyboard
        await browser.WaitForSelectorAsync("#Input_Pesel-error");

        var message = await browser.TextAsync("#Input_Pesel-error");
        await BookingJourney.AccessibleAsync(browser);
        Assert.Contains("PESEL", message, StringComparison.Ordinal);
        Assert.Equal("true", await browser.Page.Locator("#Input_Pesel").GetAttributeAsync("aria-invalid"));
        Assert.Contains("Input_Pesel-error", await browser.Page.Locator("#Input_Pesel").GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.Equal("Janina", await browser.Page.Locator("#Input_FirstName").InputValueAsync());
        Assert.Empty(server.MailFiles());
        Assert.Empty(await server.Services.GetRequiredService<IVisitBooking>().FindActiveByPeselAsync(TestPesel.WrongChecksum));
    }

    [Fact]
    public async Task E02_BookVisit_FourFieldsWrong_AllReportedInOneRoundNextToTheirFieldsAndLinkedFromTheSummary()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();
        await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        var page = browser.Page;
        await page.GetByLabel("PESEL", new() { Exact = true }).FillAsync(TestPesel.WrongChecksum);
        await page.GetByLabel("Imię", new() { Exact = true }).FillAsync("Janina");
        await page.GetByLabel("Adres e-mail", new() { Exact = true }).FillAsync("janina@");

        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Umów wizytę" }).ClickAsync();
        await browser.WaitForSelectorAsync("#bledy");

        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-form-errors.png"));
        string[] wrong = ["Input_Pesel", "Input_LastName", "Input_Email", "Input_Consent"];
        Assert.Equal(wrong.Select(id => "#" + id), await page.Locator(".alert li a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        foreach (var id in wrong)
        {
            Assert.Equal("true", await page.Locator("#" + id).GetAttributeAsync("aria-invalid"));
            Assert.Contains(id + "-error", await page.Locator("#" + id).GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(await browser.TextAsync($"#{id}-error")), id);
        }

        Assert.Equal(0, await page.Locator("#Input_FirstName-error").CountAsync());
        await BookingJourney.AccessibleAsync(browser);
        await page.Locator(".alert li a[href='#Input_Email']").ClickAsync();
        Assert.Equal("Input_Email", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(server.MailFiles());
    }

    [Fact]
    public async Task E03_QrSticker_DecodesToTheDepartmentsBookingPage()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();

        await browser.OpenAsync(server.BaseUrl + "/");
        var departmentPath = await browser.Page.Locator("ul.choices a").First.GetAttributeAsync("href");
        var departmentId = departmentPath!.Split('/')[^1];
        await browser.OpenAsync($"{server.BaseUrl}/qr/{departmentId}");
        await browser.WaitForTextAsync("Zeskanuj kod telefonem");
        var screenshot = await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-qr-sticker.png"));

        var decoded = await Documents.QrCodeImagesTests.DecodeAsync(screenshot);
        Assert.Equal($"QR-Code:{server.BaseUrl}/wydzial/{departmentId}", decoded);
        Assert.Equal(200, await browser.OpenAsync(decoded["QR-Code:".Length..]));
        await browser.WaitForTextAsync("Wybierz grupę spraw");
    }
}
