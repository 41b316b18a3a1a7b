using System.Net;
using EdgeQueue.Central.Booking.Users;
using Microsoft.Extensions.DependencyInjection;

namespace EdgeQueue.Central.Tests.Pages;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Post_CancelFormBeyondThePerMinuteLimit_Gets429WithPolishPage()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync("--Central:Booking:CancellationPermitsPerMinute=3");
        using var client = server.CreateClient();
        var token = await AntiforgeryTests.TokenAsync(client, "/odwolaj");

        var statuses = new List<HttpStatusCode>();
        string? lastBody = null;
        string? lastType = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var response = await client.PostAsync("/odwolaj", AntiforgeryTests.Form(token,
                ("Input.Pesel", TestPesel.Valid), ("Input.MatterId", "1"), ("Input.Day", "2026-12-01"), ("Input.Code", "ABCDEFGH")));
            statuses.Add(response.StatusCode);
            lastBody = await response.Content.ReadAsStringAsync();
            lastType = response.Content.Headers.ContentType?.MediaType;
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal("text/html", lastType);
        Assert.Contains("<h1>Zbyt wiele prób w krótkim czasie</h1>", lastBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Too many", lastBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ApiLookupBeyondThePerMinuteLimit_Gets429AsProblemJson()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync("--Central:Booking:CancellationPermitsPerMinute=2");
        using var client = server.CreateClient();

        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            last?.Dispose();
            last = await client.PostAsync("/api/visits/lookup",
                new StringContent($$"""{"code":"ABCDEFGH","pesel":"{{TestPesel.Valid}}"}""", System.Text.Encoding.UTF8, "application/json"));
        }

        using (last)
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
            Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
            Assert.Contains("too-many-requests", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Post_LoginBeyondThePerMinuteLimit_Gets429ButPagesStillOpen()
    {
        await using var server = await CentralTestServer.StartInMemoryAsync("--Central:LoginPostsPerMinute=2");
        using var client = server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await AuthorizationTests.LogInAsync(client, "admin", "zle-haslo-123456");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/logowanie")).StatusCode);
    }

    [Fact]
    public async Task Get_CallCentreDeskFifteenTimesAsAgent_NeverLimited()
    {
        await using var server = await StartKestrelWithAgentAsync("--Central:Booking:CancellationPermitsPerMinute=10");
        using var agent = await AgentAsync(server);

        var statuses = new List<HttpStatusCode>();
        for (var load = 0; load < 15; load++)
        {
            using var response = await agent.GetAsync("/centrum");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("/sprawdz")]
    [InlineData("/odwolaj")]
    public async Task Get_ResidentFormPageFifteenTimes_NeverLimited(string path)
    {
        await using var server = await CentralTestServer.StartKestrelAsync("--Central:Booking:CancellationPermitsPerMinute=10");
        using var client = server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var load = 0; load < 15; load++)
        {
            using var response = await client.GetAsync(path);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task Post_AgentSearches_OwnPerUserBudgetNotTheResidentsOfTheAddress()
    {
        await using var server = await StartKestrelWithAgentAsync(
            "--Central:Booking:CancellationPermitsPerMinute=3", "--Central:Booking:StaffPermitsPerMinute=5");
        using var agent = await AgentAsync(server);
        using var resident = server.CreateClient();
        var residentToken = await AntiforgeryTests.TokenAsync(resident, "/odwolaj");
        var agentToken = await AntiforgeryTests.TokenAsync(agent, "/centrum");

        var searches = new List<HttpStatusCode>();
        for (var search = 0; search < 6; search++)
        {
            using var response = await agent.PostAsync("/centrum?handler=Find", AntiforgeryTests.Form(agentToken, ("Pesel", TestPesel.Valid)));
            searches.Add(response.StatusCode);
        }

        using var residentPost = await resident.PostAsync("/odwolaj", AntiforgeryTests.Form(residentToken,
            ("Input.Pesel", TestPesel.Valid), ("Input.MatterId", "1"), ("Input.Day", "2026-12-01"), ("Input.Code", "ABCDEFGH")));

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], searches);
        Assert.Equal(HttpStatusCode.OK, residentPost.StatusCode);
    }

    private static async Task<CentralTestServer> StartKestrelWithAgentAsync(params string[] settings)
    {
        var server = await CentralTestServer.StartKestrelAsync(settings);
        var created = await server.Services.GetRequiredService<IUserDirectory>()
            .CreateAsync("agent.ewa", "Ewa Nowak", "Haslo-agentki-2026", [BookingRoles.Agent], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        return server;
    }

    private static async Task<HttpClient> AgentAsync(CentralTestServer server)
    {
        var agent = server.CreateClient();
        using var login = await AuthorizationTests.LogInAsync(agent, "agent.ewa", "Haslo-agentki-2026");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return agent;
    }
}
