using System.Net;
using System.Text;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Sync;
using EdgeQueue.Central.Sync.Reading;
using EdgeQueue.Central.Sync.Storage;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Sync.Tests.EndToEnd;
using EdgeQueue.Sync.Tests.Support;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Sync.Tests.Api;

/// <summary>The administrators' JSON endpoints of the sync on a real Kestrel socket, with the booking core's policy.</summary>
public sealed class CentralSyncEndpointsTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("eq-sync-api");
    private CentralSyncStore _store = null!;
    private WebApplication _app = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _store = CentralSyncStore.Open(_folder.File(CentralSyncStore.FileName), TimeProvider.System);
        builder.Services.AddSingleton(_store);
        builder.Services.AddSingleton<ICentralSyncReader>(_store);
        builder.Services.AddAuthentication(HeaderLogin.SchemeName).AddScheme<AuthenticationSchemeOptions, HeaderLogin>(HeaderLogin.SchemeName, null);
        builder.Services.AddAuthorizationBuilder().AddPolicy(BookingPolicies.Administrator,
            p => p.RequireAuthenticatedUser().RequireRole(BookingRoles.Administrator));
        _app = builder.Build();
        _app.UseAuthentication();
        _app.UseAuthorization();
        _app.MapCentralSync();
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.Urls.First()) };
    }

    [Fact]
    public async Task PutConfig_Administrator_SavesNewVersionsAndGetReturnsLatest()
    {
        var body = ContractJson.SerializeToString(SyncScenarios.NewConfig());

        var first = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", body, BookingRoles.Administrator);
        var second = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", body, BookingRoles.Administrator);
        var latest = await SendAsync(HttpMethod.Get, "/api/sync/sites/poznan-libelta/config", null, BookingRoles.Administrator);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, ContractJson.Deserialize<SyncSiteConfig>(await first.Content.ReadAsByteArrayAsync()).Version);
        Assert.Equal(2, ContractJson.Deserialize<SyncSiteConfig>(await second.Content.ReadAsByteArrayAsync()).Version);
        var config = ContractJson.Deserialize<SyncSiteConfig>(await latest.Content.ReadAsByteArrayAsync());
        Assert.Equal((2, 3), (config.Version, config.Categories.Count));
    }

    [Fact]
    public async Task PutConfig_BadConfigurationOrJson_BadRequestNamingTheProblems()
    {
        var bad = """{"version":0,"categories":[{"prefix":"A","name":"Dowody","hours":{"mon":"16:00-08:00"}}],"counters":[{"number":1,"categories":["Z"]}]}""";

        var refused = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", bad, BookingRoles.Administrator);
        var garbage = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", "{", BookingRoles.Administrator);
        var badSite = await SendAsync(HttpMethod.Put, "/api/sync/sites/Poznan!/config", bad, BookingRoles.Administrator);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("hours mon '16:00-08:00'", text, StringComparison.Ordinal);
        Assert.Contains("'Z' is not a category", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        Assert.Contains("invalid JSON", await garbage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badSite.StatusCode);
    }

    [Fact]
    public async Task PutConfig_NotAnAdministrator_IsRefused()
    {
        var body = ContractJson.SerializeToString(SyncScenarios.NewConfig());

        var anonymous = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", body, null);
        var agent = await SendAsync(HttpMethod.Put, "/api/sync/sites/poznan-libelta/config", body, BookingRoles.Agent);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await SendAsync(HttpMethod.Get, "/api/sync/sites/poznan-libelta/config", null, BookingRoles.Administrator)).StatusCode);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        _store.Dispose();
        _folder.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? body, string? role)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        if (role is not null)
        {
            request.Headers.Add(HeaderLogin.Header, $"admin:{role}");
        }

        return await _http.SendAsync(request);
    }
}
