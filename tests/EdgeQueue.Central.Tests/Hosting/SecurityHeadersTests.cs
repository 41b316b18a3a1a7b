using System.Net;
using EdgeQueue.Central.Tests.Pages;

namespace EdgeQueue.Central.Tests.Hosting;

public sealed class SecurityHeadersTests(SharedServerFixture shared) : IClassFixture<SharedServerFixture>
{
    [Fact]
    public async Task Get_HomePage_CarriesSecurityHeadersAndPolishContent()
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
        Assert.Contains("Umów wizytę w urzędzie", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Stylesheet_IsServed()
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(":focus-visible", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VisitLookUp_AnswerIsNotStored()
    {
        using var client = shared.Server.CreateClient();
        var token = await AntiforgeryTests.TokenAsync(client, "/sprawdz");

        using var response = await client.PostAsync("/sprawdz", AntiforgeryTests.Form(token, ("Input.Code", "ABCDEFGH"), ("Input.Pesel", TestPesel.Valid)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }
}
