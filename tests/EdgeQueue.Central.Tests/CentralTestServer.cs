using System.Collections.Concurrent;
using System.Net;
using EdgeQueue.Central.Hosting;
using EdgeQueue.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Tests;

/// <summary>
/// The central host with a temporary data folder (SQLite, seeded catalogue, mail pickup folder),
/// either on a real Kestrel loopback port (browser tests) or on ASP.NET's in-memory test server
/// (fast tests). Every log line is captured so tests can check that no personal data is written.
/// </summary>
public sealed class CentralTestServer : IAsyncDisposable
{
    public const string AdminLogin = "admin";

    public const string AdminPassword = "Haslo-administratora-2026";

    /// <summary>The PESEL HMAC key outside Development comes from configuration; 32 bytes, base64.</summary>
    public const string PeselKeySetting = "--Central:Booking:PeselKey=dGVzdC1rZXktZm9yLXBlc2VsLWhtYWMtMzItYnl0ZXMh";

    private readonly TempDirectory _data;
    private readonly WebApplication _app;

    private CentralTestServer(TempDirectory data, WebApplication app, string baseUrl, ConcurrentQueue<string> logs)
    {
        _data = data;
        _app = app;
        BaseUrl = baseUrl;
        Logs = logs;
    }

    public string BaseUrl { get; }

    /// <summary>The data folder given as <c>--data</c>.</summary>
    public string DataFolder => _data.Path;

    public string MailFolder => Path.Combine(_data.Path, "mail-outbox");

    public IServiceProvider Services => _app.Services;

    /// <summary>Every formatted log message (with exceptions) since start.</summary>
    public ConcurrentQueue<string> Logs { get; }

    /// <summary>Real Kestrel on a free loopback port.</summary>
    public static Task<CentralTestServer> StartKestrelAsync(params string[] settings) => StartAsync(inMemory: false, null, settings);

    /// <summary>ASP.NET's in-memory test server (no socket).</summary>
    public static Task<CentralTestServer> StartInMemoryAsync(params string[] settings) => StartAsync(inMemory: true, null, settings);

    /// <summary>In memory, with the booking store on PostgreSQL (what <c>--connection</c> selects).</summary>
    public static Task<CentralTestServer> StartInMemoryOnPostgresAsync(string connection) => StartAsync(inMemory: true, connection, []);

    /// <summary>A client keeping cookies (anti-forgery, log-in) that does not follow redirects.</summary>
    public HttpClient CreateClient() => CreateClient(new CookieContainer());

    /// <summary>A client keeping its cookies in <paramref name="cookies"/>, so a test can copy or replay them.</summary>
    public HttpClient CreateClient(CookieContainer cookies)
    {
        if (_app.Services.GetRequiredService<IServer>() is TestServer server)
        {
            return new HttpClient(new CookieContainerHandler(cookies) { InnerHandler = server.CreateHandler() }) { BaseAddress = server.BaseAddress };
        }

        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(BaseUrl),
        };
    }

    public string[] MailFiles() => Directory.Exists(MailFolder) ? Directory.GetFiles(MailFolder, "*.eml") : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _data.Dispose();
    }

    private static async Task<CentralTestServer> StartAsync(bool inMemory, string? connection, string[] settings)
    {
        var data = new TempDirectory("central-web");
        var url = inMemory ? null : $"http://127.0.0.1:{FreePort.Next()}";
        var logs = new ConcurrentQueue<string>();
        string[] defaults =
        [
            $"--Central:Booking:InitialAdminPassword={AdminPassword}",
            PeselKeySetting,
            "--Central:Booking:PasswordIterations=10000",
            "--Central:Booking:BookingPermitsPerMinute=1000",
            "--Central:Booking:CancellationPermitsPerMinute=1000",
            "--Central:LoginPostsPerMinute=1000",
        ];
        var app = CentralHost.Build(new CentralHostOptions(data.Path, url, connection), [.. defaults, .. settings], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Debug);
            builder.Logging.AddProvider(new CapturingLoggerProvider(logs));
            if (inMemory)
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new CentralTestServer(data, app, url ?? "http://localhost", logs);
    }
}
