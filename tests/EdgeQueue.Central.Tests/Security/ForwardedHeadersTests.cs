using System.Net;
using EdgeQueue.Central.Hosting;
using EdgeQueue.Central.Tests.Pages;
using EdgeQueue.Testing;

namespace EdgeQueue.Central.Tests.Security;

/// <summary>
/// Rate limits count the address the connection comes from; <c>X-Forwarded-For</c> counts only when
/// the connection comes from a proxy named in configuration. Real Kestrel, so the peer is 127.0.0.1.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Login_RotatingForwardedForFromLoopback_StillOneBudget()
    {
        await using var server = await CentralTestServer.StartKestrelAsync("--Central:LoginPostsPerMinute=3");
        using var client = server.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 6; attempt++)
        {
            statuses.Add(await LogInFromAsync(client, $"203.0.113.{attempt}"));
        }

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public async Task Login_BehindConfiguredProxy_EachResidentAddressHasItsOwnBudget()
    {
        await using var server = await CentralTestServer.StartKestrelAsync(
            "--Central:LoginPostsPerMinute=2", "--Central:ForwardedHeaders:KnownProxies:0=127.0.0.1");
        using var client = server.CreateClient();

        var first = new[] { await LogInFromAsync(client, "203.0.113.7"), await LogInFromAsync(client, "203.0.113.7"), await LogInFromAsync(client, "203.0.113.7") };
        var other = await LogInFromAsync(client, "198.51.100.9");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, other);
    }

    [Fact]
    public async Task Run_ProxyThatIsNoAddress_FailsWithOneLineNamingTheSetting()
    {
        using var folder = new TempDirectory("cli");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CentralCommandLine.RunAsync(
            ["--data", folder.Path, "--for", "1", CentralTestServer.PeselKeySetting, "--Central:ForwardedHeaders:KnownProxies:0=nginx.local"],
            TimeProvider.System, output, error, new StringReader(""));

        Assert.Equal(CentralCommandLine.ConfigurationError, code);
        Assert.Equal("edgequeue central: error: Central:ForwardedHeaders:KnownProxies: 'nginx.local' is not an IP address", error.ToString().Trim());
    }

    private static async Task<HttpStatusCode> LogInFromAsync(HttpClient client, string forwardedFor)
    {
        var token = await AntiforgeryTests.TokenAsync(client, "/logowanie");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/logowanie")
        {
            Content = AntiforgeryTests.Form(token, ("Input.Login", "admin"), ("Input.Password", "zle-haslo-123456")),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
