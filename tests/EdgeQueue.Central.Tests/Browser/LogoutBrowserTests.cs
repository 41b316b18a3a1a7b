using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Browser;

/// <summary>Log-out from the menu of any page, in headless Chromium against a real Kestrel.</summary>
public sealed class LogoutBrowserTests
{
    [Fact]
    public async Task S03_AgentLogsOutFromTheMenu_BackButtonAsksForLogInAgain()
    {
        await using var server = await CentralTestServer.StartKestrelAsync();
        var created = await server.Services.GetRequiredService<IUserDirectory>()
            .CreateAsync("agent.ola", "Ola Nowak", "Haslo-agentki-2026", [BookingRoles.Agent], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        await using var browser = await ChromiumRunner.StartAsync();

        await StaffBrowserTests.LogInAsync(browser, server, "agent.ola", "Haslo-agentki-2026");
        await browser.WaitForTextAsync("Tryb infolinii");
        await browser.ClickAsync("button:has-text('Wyloguj')");
        await browser.WaitForTextAsync("Dla pracowników");
        var afterLogout = await browser.Page.ContentAsync();
        await browser.Page.GoBackAsync(new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
        var back = await browser.Page.ContentAsync();
        await browser.ScreenshotAsync(Path.Combine(AppContext.BaseDirectory, "screenshots", "central-back-after-logout.png"));

        Assert.DoesNotContain("agent.ola", afterLogout, StringComparison.Ordinal);
        Assert.Equal("/logowanie", new Uri(browser.Page.Url).AbsolutePath);
        Assert.DoesNotContain("Tryb infolinii", back, StringComparison.Ordinal);
        Assert.DoesNotContain("agent.ola", back, StringComparison.Ordinal);
    }
}
