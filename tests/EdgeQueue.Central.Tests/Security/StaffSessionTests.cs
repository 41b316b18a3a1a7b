using System.Net;
using System.Net.Http.Json;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Tests.Pages;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Security;

/// <summary>
/// A staff cookie stops working at once when its user is demoted, deactivated, given a new password
/// or logs out, on a real Kestrel: the attack is the old cookie, kept and sent again.
/// </summary>
public sealed class StaffSessionTests
{
    private const string Login = "admin.ula";
    private const string Password = "Haslo-uli-admin-2026";

    [Fact]
    public async Task OldCookie_UserDemotedToAgent_RefusedAtOnceOtherSessionsUnaffected()
    {
        await using var server = await StartWithSecondAdministratorAsync();
        using var ula = await LoggedInAsync(server, Login, Password);
        using var admin = await LoggedInAsync(server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await ula.GetAsync("/api/admin/users")).StatusCode);

        using var demoted = await admin.PutAsJsonAsync($"/api/admin/users/{Login}/roles", new { roles = new[] { BookingRoles.Agent } });

        Assert.Equal(HttpStatusCode.NoContent, demoted.StatusCode);
        await AssertRefusedAsync(ula);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task OldCookie_UserDeactivated_RefusedAtOnce()
    {
        await using var server = await StartWithSecondAdministratorAsync();
        using var ula = await LoggedInAsync(server, Login, Password);
        using var admin = await LoggedInAsync(server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);

        using var deactivated = await admin.PutAsJsonAsync($"/api/admin/users/{Login}/active", new { active = false });

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        await AssertRefusedAsync(ula);
    }

    [Fact]
    public async Task OldCookie_PasswordReset_RefusedAtOnceNewPasswordLogsIn()
    {
        await using var server = await StartWithSecondAdministratorAsync();
        using var ula = await LoggedInAsync(server, Login, Password);
        using var admin = await LoggedInAsync(server, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);
        const string newPassword = "Nowe-haslo-uli-2026";

        using var reset = await admin.PutAsJsonAsync($"/api/admin/users/{Login}/password", new { password = newPassword });

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        await AssertRefusedAsync(ula);
        using var again = await LoggedInAsync(server, Login, newPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/admin/users")).StatusCode);
    }

    [Fact]
    public async Task OldCookie_ReplayedAfterLogOut_Refused()
    {
        await using var server = await StartWithSecondAdministratorAsync();
        var jar = new CookieContainer();
        using var ula = server.CreateClient(jar);
        using var login = await AuthorizationTests.LogInAsync(ula, Login, Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var stolen = jar.GetCookies(new Uri(server.BaseUrl))["eq.staff"];
        Assert.NotNull(stolen);

        var token = await AntiforgeryTests.TokenAsync(ula, "/wyloguj");
        using var logout = await ula.PostAsync("/wyloguj", AntiforgeryTests.Form(token));
        var replayJar = new CookieContainer();
        replayJar.Add(new Uri(server.BaseUrl), new Cookie(stolen.Name, stolen.Value));
        using var replay = server.CreateClient(replayJar);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        await AssertRefusedAsync(replay);
    }

    private static async Task<CentralTestServer> StartWithSecondAdministratorAsync()
    {
        var server = await CentralTestServer.StartKestrelAsync();
        var created = await server.Services.GetRequiredService<IUserDirectory>()
            .CreateAsync(Login, "Urszula Admin", Password, [BookingRoles.Administrator], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        return server;
    }

    private static async Task<HttpClient> LoggedInAsync(CentralTestServer server, string login, string password)
    {
        var client = server.CreateClient();
        using var response = await AuthorizationTests.LogInAsync(client, login, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Administration and call-centre API answer 401, a staff page sends to the log-in page.</summary>
    private static async Task AssertRefusedAsync(HttpClient client)
    {
        using var users = await client.GetAsync("/api/admin/users");
        using var search = await client.PostAsJsonAsync("/api/agent/visits/search", new { pesel = TestPesel.Valid });
        using var page = await client.GetAsync("/centrum");

        Assert.Equal(HttpStatusCode.Unauthorized, users.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, search.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/logowanie", new Uri(client.BaseAddress!, page.Headers.Location!).AbsolutePath);
    }
}
