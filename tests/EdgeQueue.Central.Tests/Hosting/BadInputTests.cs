using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EdgeQueue.Central.Tests.Pages;

namespace EdgeQueue.Central.Tests.Hosting;

/// <summary>
/// Values the API cannot bind (a day that is no date, a limit that is no number) get a 400 problem
/// with a Polish title in every environment, never a 500 with a stack trace. Real Kestrel.
/// </summary>
public sealed class BadInputTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Get_DayThatIsNoDate_400PolishProblemNoStackTrace(string environment)
    {
        await using var server = await CentralTestServer.StartKestrelAsync($"--environment={environment}");
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/api/matters/1/locations/x/days/xyz");

        await AssertPolishBadRequestAsync(server, response);
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Get_AuditLimitThatIsNoNumber_400PolishProblemNoStackTrace(string environment)
    {
        await using var server = await CentralTestServer.StartKestrelAsync($"--environment={environment}");
        using var client = server.CreateClient();
        using var login = await AuthorizationTests.LogInAsync(client, CentralTestServer.AdminLogin, CentralTestServer.AdminPassword);

        using var response = await client.GetAsync("/api/admin/audit?limit=x");

        await AssertPolishBadRequestAsync(server, response);
    }

    [Fact]
    public async Task Start_NoPeselKeyButGeneratedKeyAllowed_ServesAndSaysSoInTheLog()
    {
        await using var server = await CentralTestServer.StartKestrelAsync(
            "--environment=Production", "--Central:Booking:PeselKey=", "--Central:Booking:GeneratePeselKey=true");
        using var client = server.CreateClient();

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(server.Logs, line => line.Contains("generated PESEL key", StringComparison.Ordinal)
            && line.Contains("Central:Booking:PeselKey", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(server.DataFolder, "pesel-hmac.key")));
    }

    private static async Task AssertPolishBadRequestAsync(CentralTestServer server, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Nieprawidłowe żądanie", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("BadRequest", problem.GetProperty("code").GetString());
        Assert.DoesNotContain(server.Logs, line => line.Contains("Exception", StringComparison.Ordinal) && line.Contains("   at ", StringComparison.Ordinal));
    }
}
