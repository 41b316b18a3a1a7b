using System.Net;

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
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var response = await client.PostAsync("/odwolaj", AntiforgeryTests.Form(token,
                ("Input.Pesel", TestPesel.Valid), ("Input.MatterId", "1"), ("Input.Day", "2026-12-01"), ("Input.Code", "ABCDEFGH")));
            statuses.Add(response.StatusCode);
            lastBody = await response.Content.ReadAsStringAsync();
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Contains("Zbyt wiele prób", lastBody, StringComparison.Ordinal);
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
}
