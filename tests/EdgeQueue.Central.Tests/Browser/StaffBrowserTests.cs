using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Booking.Visits;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Browser;

/// <summary>Administration and call-centre pages in headless Chromium against a real Kestrel.</summary>
public sealed class StaffBrowserTests
{
    [Fact]
    public async Task S01_AdminLogsIn_AddsDepartment_ChangeAppearsInAuditLogAndForResidents()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();
        const string name = "Wydział Ochrony Środowiska (test)";

        await LogInAsync(browser, server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        await browser.WaitForTextAsync("Administracja");
        await browser.ClickAsync("a[href='/admin/wydzialy']");
        await browser.FillAsync("#new-name", name);
        await browser.FillAsync("#new-desc", "Pozwolenia i zgłoszenia");
        await browser.ClickAsync("button:has-text('Dodaj wydział')");
        await browser.WaitForTextAsync($"Dodano wydział „{name}”.");
        var sticker = await browser.Page.Locator($"tr:has(input[value='{name}']) a[href^='/qr/']").GetAttributeAsync("href");
        var departmentId = sticker!.Split('/')[^1];
        await browser.ClickAsync("a[href='/admin']");
        await browser.ClickAsync("a[href='/admin/dziennik']");
        await browser.WaitForSelectorAsync("table.data tbody tr");
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-audit-log.png"));

        var newest = await browser.TextAsync("table.data tbody tr");
        Assert.Contains(CentralTestServer.AdminLogin, newest, StringComparison.Ordinal);
        Assert.Contains(departmentId, newest, StringComparison.Ordinal);
        Assert.Contains("utworzenie wydziału", newest, StringComparison.Ordinal); // not the stored key "department.create"
        Assert.Contains("nazwa: " + name, newest, StringComparison.Ordinal);
        Assert.DoesNotContain("department", newest, StringComparison.Ordinal);
        using var http = server.CreateClient();
        Assert.Contains(name, await http.GetStringAsync($"/wydzial/{departmentId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task S02_AgentBooksForCaller_VisitIsMarkedAgentMadeAndCancelledFromTheDesk()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        var created = await server.Services.GetRequiredService<IUserDirectory>()
            .CreateAsync("agent.anna", "Anna Nowak", "Haslo-agentki-2026", [BookingRoles.Agent], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        await using var browser = await ChromiumRunner.StartAsync();

        await LogInAsync(browser, server, "agent.anna", "Haslo-agentki-2026");
        await browser.WaitForTextAsync("Tryb infolinii");
        await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        await BookingJourney.FillFormAsync(browser, TestPesel.Another, "dzwoniacy@example.pl");
        await browser.ClickAsync("button:has-text('Umów wizytę')");
        await browser.WaitForTextAsync("Rezerwacja wykonana przez infolinię");
        var code = (await browser.TextAsync("#kod")).Trim();

        var booking = server.Services.GetRequiredService<IVisitBooking>();
        var visit = Assert.Single(await booking.FindActiveByPeselAsync(TestPesel.Another));
        Assert.Equal(code, visit.Code);
        Assert.Equal(BookingChannel.Agent, visit.Channel);

        await browser.OpenAsync(server.BaseUrl + "/centrum");
        await browser.FillAsync("#Pesel", TestPesel.Another);
        await browser.ClickAsync("button:has-text('Pokaż wizyty')");
        await browser.ClickAsync($"button:has-text('Odwołaj {code}')");
        await browser.WaitForTextAsync($"Odwołano wizytę {code}.");
        Assert.Empty(await booking.FindActiveByPeselAsync(TestPesel.Another));

        var audit = await server.Services.GetRequiredService<IBookingAdministration>().GetAuditLogAsync();
        Assert.Contains(audit, entry => entry is { Actor: "agent.anna", Action: "visit.book" } && entry.EntityId == code);
        Assert.Contains(audit, entry => entry is { Actor: "agent.anna", Action: "visit.cancel" } && entry.EntityId == code);
        Assert.DoesNotContain(audit, entry => entry.Details.Contains(TestPesel.Another, StringComparison.Ordinal));
    }

    [Fact]
    public async Task S03_AdminWalksEveryStaffPage_AxeFindsNothingAndNoResidentsFooterOrCallCentreBanner()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();
        await LogInAsync(browser, server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        await browser.WaitForTextAsync("Administracja");

        string[] pages = ["/admin", "/admin/wydzialy", "/admin/grupy", "/admin/sprawy", "/admin/lokalizacje", "/admin/dni-wolne",
            "/admin/uzytkownicy", "/admin/dziennik", "/statystyki", "/flota"];
        foreach (var path in pages)
        {
            Assert.Equal(200, await browser.OpenAsync(server.BaseUrl + path));
            var text = await browser.Page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain("Na wizytę przyjdź", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Tryb infolinii", text, StringComparison.Ordinal);
            await BookingJourney.AccessibleAsync(browser);
        }

        await browser.OpenAsync(server.BaseUrl + "/admin/uzytkownicy");
        var block = browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = $"Zablokuj konto użytkownika {CentralTestServer.AdminLogin}" });
        // What a sighted user reads: the button's text without its screen-reader-only part.
        Assert.Equal("Zablokuj konto", await block.EvaluateAsync<string>("b => { const c = b.cloneNode(true); c.querySelectorAll('.sr-only').forEach(e => e.remove()); return c.textContent.trim(); }"));
        await browser.Page.GetByLabel($"Nowe hasło użytkownika {CentralTestServer.AdminLogin}").FillAsync("x");
        await browser.OpenAsync(server.BaseUrl + "/");
        Assert.Contains("Tryb infolinii", await browser.Page.Locator("body").InnerTextAsync(), StringComparison.Ordinal); // booking pages keep it
    }

    [Fact]
    public async Task S04_AdminRemovesHoliday_AskedFirstAndKeptOnNo()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        var administration = server.Services.GetRequiredService<IBookingAdministration>();
        var day = server.Services.GetRequiredService<EdgeQueue.Central.Residents.LocalCalendar>().Today.AddDays(40);
        var added = await administration.AddClosedDayAsync(new ClosedDayDraft(null, day, "Dzień próbny"), "test");
        Assert.True(added.Succeeded, added.Error?.MessageEn);
        await using var browser = await ChromiumRunner.StartAsync();
        await LogInAsync(browser, server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        await browser.WaitForTextAsync("Administracja");
        await browser.OpenAsync(server.BaseUrl + "/admin/dni-wolne");
        var row = browser.Page.Locator("tr", new() { HasText = "Dzień próbny" });

        await row.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Usuń") }).ClickAsync();
        await browser.WaitForTextAsync("Usunąć dzień wolny?");
        await BookingJourney.AccessibleAsync(browser);
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-holiday-remove-confirm.png"));
        Assert.Equal(1, await row.CountAsync());                      // asking removed nothing
        await browser.ClickAsync("a:has-text('Nie, zostaw')");
        Assert.Equal(1, await row.CountAsync());
        await row.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Usuń") }).ClickAsync();
        await browser.ClickAsync("button:has-text('Tak, usuń dzień wolny')");
        await browser.WaitForTextAsync("Usunięto dzień wolny.");

        Assert.Equal(0, await row.CountAsync());
        var audit = await administration.GetAuditLogAsync();
        Assert.Single(audit, entry => entry.Action == "closed-day.remove");
    }

    [Fact]
    public async Task S05_AdminEditsPrivacyNotice_ResidentsReadItFromTheBookingForm()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        await using var browser = await ChromiumRunner.StartAsync();
        await LogInAsync(browser, server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        await browser.WaitForTextAsync("Administracja");

        await browser.OpenAsync(server.BaseUrl + "/admin/rodo");
        await BookingJourney.AccessibleAsync(browser);
        await browser.Page.GetByLabel("Treść klauzuli").FillAsync(
            "Administratorem danych jest Urząd Miasta Testowo, ul. Próbna 1.\n\nMasz prawo:\n- dostępu do danych,\n- wniesienia skargi do Prezesa UODO.");
        await browser.ClickAsync("button:has-text('Zapisz klauzulę')");
        await browser.WaitForTextAsync("Zapisano klauzulę informacyjną.");
        await BookingJourney.OpenBookingFormAsync(browser, server.BaseUrl);
        var link = browser.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("Informacja o przetwarzaniu danych osobowych") });
        Assert.Equal("/dane-osobowe", await link.GetAttributeAsync("href"));
        await browser.OpenAsync(server.BaseUrl + "/dane-osobowe");

        Assert.Equal("Administratorem danych jest Urząd Miasta Testowo, ul. Próbna 1.", await browser.TextAsync("main section p"));
        Assert.Equal(["dostępu do danych,", "wniesienia skargi do Prezesa UODO."], await browser.Page.Locator("main section li").AllInnerTextsAsync());
        await BookingJourney.AccessibleAsync(browser);
        Assert.Contains(await server.Services.GetRequiredService<IBookingAdministration>().GetAuditLogAsync(),
            entry => entry is { Action: "privacy-notice.update", Actor: CentralTestServer.AdminLogin });
    }

    internal static async Task LogInAsync(ChromiumRunner browser, CentralTestServer server, string login, string password)
    {
        await browser.OpenAsync(server.BaseUrl + "/logowanie");
        await browser.FillAsync("#Input_Login", login);
        await browser.FillAsync("#Input_Password", password);
        await browser.ClickAsync("button:has-text('Zaloguj')");
    }
}
