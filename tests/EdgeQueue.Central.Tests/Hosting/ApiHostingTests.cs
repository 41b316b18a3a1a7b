using System.Net;

namespace EdgeQueue.Central.Tests.Hosting;

/// <summary>The core's JSON API as the web host serves it: OpenAPI, problem details, 401 instead of log-in redirects.</summary>
public sealed class ApiHostingTests(SharedServerFixture shared) : IClassFixture<SharedServerFixture>
{
    [Fact]
    public async Task Get_OpenApiDocument_IsJson()
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync("/api/openapi/booking.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"openapi\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AdminApiAnonymously_Is401ProblemNotALoginPage()
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync("/api/admin/users");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_UnknownApiPath_Is404ProblemNotAPage()
    {
        using var client = shared.Server.CreateClient();

        using var response = await client.GetAsync("/api/nie-ma-takiego");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
