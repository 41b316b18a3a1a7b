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

    internal static async Task LogInAsync(ChromiumRunner browser, CentralTestServer server, string login, string password)
    {
        await browser.OpenAsync(server.BaseUrl + "/logowanie");
        await browser.FillAsync("#Input_Login", login);
        await browser.FillAsync("#Input_Password", password);
        await browser.ClickAsync("button:has-text('Zaloguj')");
    }
}
