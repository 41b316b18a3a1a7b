using System.Net;
using EdgeQueue.Central.Booking.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Pages;

public sealed class AuthorizationTests
{
    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/wydzialy")]
    [InlineData("/admin/dziennik")]
    [InlineData("/centrum")]
    public async Task Get_StaffPageAnonymously_RedirectsToLogin(string path)
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/logowanie?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_Administrator_RedirectsToAdministrationWhichOpens()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();

        using var login = await LogInAsync(client, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        using var admin = await client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        Assert.Contains("Dziennik zmian", await admin.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WrongPassword_ShowsErrorAndLogsNeitherPasswordNorSuccess()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        using var client = server.CreateClient();

        using var response = await LogInAsync(client, CentralTestServer.AdminLogin, "zle-haslo-123456");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nieprawidłowy login lub hasło.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(server.Logs, line => line.Contains("zle-haslo-123456", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Login_Technician_IsDeniedAdministrationAndCallCentre()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync();
        var users = server.Services.GetRequiredService<IUserDirectory>();
        var created = await users.CreateAsync("tech.jan", "Jan Technik", "Haslo-technika-2026", [BookingRoles.Technician], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        using var client = server.CreateClient();

        using var login = await LogInAsync(client, "tech.jan", "Haslo-technika-2026");
        using var admin = await client.GetAsync("/admin");
        using var agent = await client.GetAsync("/centrum");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/brak-dostepu", admin.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.StartsWith("/brak-dostepu", agent.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    internal static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string login, string password)
    {
        var token = await AntiforgeryTests.TokenAsync(client, "/logowanie");
        return await client.PostAsync("/logowanie", AntiforgeryTests.Form(token, ("Input.Login", login), ("Input.Password", password)));
    }
}
