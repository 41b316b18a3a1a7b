using System.Net;
using System.Text.RegularExpressions;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Hosting;
using EdgeQueue.Central.SiteViews.Feed;
using EdgeQueue.Central.Sync;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.SiteViews.Tests.Pages;

/// <summary>
/// The real central host (temporary SQLite data folder) with the pages' feed replaced by a
/// <see cref="MemorySiteFeed"/> the test fills, on Kestrel (browser tests) or in memory; a staff
/// log-in helper for the administrator and a technician.
/// </summary>
internal sealed partial class SiteViewsServer : IAsyncDisposable
{
    public const string AdminPassword = "Haslo-administratora-2026";
    public const string TechnicianPassword = "Haslo-technika-2026";

    private readonly TempDirectory _data;
    private readonly WebApplication _app;

    private SiteViewsServer(TempDirectory data, WebApplication app, string baseUrl, MemorySiteFeed feed)
    {
        _data = data;
        _app = app;
        BaseUrl = baseUrl;
        Feed = feed;
    }

    public string BaseUrl { get; }

    /// <summary>The feed the test fills (not used by a synced server).</summary>
    public MemorySiteFeed Feed { get; }

    public IServiceProvider Services => _app.Services;

    public static Task<SiteViewsServer> StartAsync(bool kestrel, TimeProvider? time = null, params string[] settings) =>
        StartAsync(kestrel, time, synced: false, settings);

    /// <summary>Central with its real sync service and store (<c>AddCentralSync</c>) on the broker named in the settings; no memory feed.</summary>
    public static Task<SiteViewsServer> StartSyncedAsync(params string[] settings) => StartAsync(kestrel: false, null, synced: true, settings);

    private static async Task<SiteViewsServer> StartAsync(bool kestrel, TimeProvider? time, bool synced, string[] settings)
    {
        var data = new TempDirectory("central-site-views");
        var url = kestrel ? $"http://127.0.0.1:{FreePort.Next()}" : null;
        var feed = new MemorySiteFeed();
        string[] defaults =
        [
            $"--Central:Booking:InitialAdminPassword={AdminPassword}",
            "--Central:Booking:PeselKey=dGVzdC1rZXktZm9yLXBlc2VsLWhtYWMtMzItYnl0ZXMh",
            "--Central:Booking:PasswordIterations=10000",
            "--Central:LoginPostsPerMinute=1000",
        ];
        var app = CentralHost.Build(new CentralHostOptions(data.Path, url, null), [.. defaults, .. settings], builder =>
        {
            builder.Logging.ClearProviders();
            if (synced)
            {
                builder.Services.AddCentralSync(builder.Configuration);
            }
            else
            {
                builder.Services.AddSingleton<ISiteFeed>(feed);
            }

            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            if (!kestrel)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        var directory = app.Services.GetRequiredService<IUserDirectory>();
        var created = await directory.CreateAsync("tech.jan", "Jan Technik", TechnicianPassword, [BookingRoles.Technician], "test");
        Assert.True(created.Succeeded, created.Error?.MessageEn);
        return new SiteViewsServer(data, app, url ?? "http://localhost", feed);
    }

    /// <summary>A client keeping cookies that does not follow redirects.</summary>
    public HttpClient CreateClient()
    {
        if (_app.Services.GetRequiredService<IServer>() is TestServer server)
        {
            return new HttpClient(new CookieContainerHandler { InnerHandler = server.CreateHandler() }) { BaseAddress = server.BaseAddress };
        }

        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(BaseUrl) };
    }

    public static async Task LogInAsync(HttpClient client, string login, string password)
    {
        var html = await client.GetStringAsync("/logowanie");
        var token = WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);
        using var response = await client.PostAsync("/logowanie", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Login", login), new("Input.Password", password),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> TokenAsync(HttpClient client, string path) =>
        WebUtility.HtmlDecode(TokenField().Match(await client.GetStringAsync(path)).Groups[1].Value);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
