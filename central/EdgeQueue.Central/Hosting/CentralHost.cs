using EdgeQueue.Central.Booking;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Documents;
using EdgeQueue.Central.Email;
using EdgeQueue.Central.Security;
using EdgeQueue.Central.SiteViews;
using EdgeQueue.Central.Sync;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace EdgeQueue.Central.Hosting;

/// <summary>
/// Builds the central web application: the booking core, residents' pages, call-centre and
/// administration pages, the JSON API, security headers and rate limits. Used by Program and by
/// tests (which add a test server or a free loopback port through <c>configure</c>).
/// </summary>
public static class CentralHost
{
    public static WebApplication Build(
        CentralHostOptions options,
        string[]? configurationArgs = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var dataDirectory = PrepareDataDirectory(options.DataDirectory);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = configurationArgs ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            // Pages are found in this assembly even when a test runner is the entry assembly.
            ApplicationName = typeof(CentralHost).Assembly.GetName().Name,
        });

        // The command line wins over files and environment for the few things it names.
        var fromCommandLine = new Dictionary<string, string?>
        {
            [$"{CentralSettings.SectionName}:{nameof(CentralSettings.DataDirectory)}"] = dataDirectory,
            [$"{BookingOptions.SectionName}:{nameof(BookingOptions.DataFolder)}"] = dataDirectory,
        };
        if (options.ConnectionString is { Length: > 0 } connection)
        {
            fromCommandLine[$"{BookingOptions.SectionName}:{nameof(BookingOptions.ConnectionString)}"] = connection;
        }

        builder.Configuration.AddInMemoryCollection(fromCommandLine);
        if (options.Urls is { Length: > 0 } urls)
        {
            builder.WebHost.UseUrls(urls);
        }

        // Request paths carry confirmation tokens; ASP.NET's per-request logs stay off by default.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failed start is reported as one line by the command line; the host's stack trace adds nothing.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        configure?.Invoke(builder);

        var settings = AddServices(builder, dataDirectory);
        var app = builder.Build();
        ConfigurePipeline(app, settings);
        return app;
    }

    private static CentralSettings AddServices(WebApplicationBuilder builder, string dataDirectory)
    {
        var services = builder.Services;
        var settings = builder.Configuration.GetSection(CentralSettings.SectionName).Get<CentralSettings>() ?? new CentralSettings();
        settings.DataDirectory = dataDirectory;
        services.AddSingleton(settings);
        services.AddSingleton(settings.Mail);

        services.AddCentralBooking(builder.Configuration);
        services.AddCentralSync(builder.Configuration);
        services.AddSiteViews(builder.Configuration);

        var dataProtection = services.AddDataProtection().SetApplicationName("EdgeQueue.Central");
        if (CentralDatabase.PostgresOrNull(builder.Configuration[$"{BookingOptions.SectionName}:{nameof(BookingOptions.ConnectionString)}"]) is { } postgres)
        {
            // Several instances share one PostgreSQL database: they share the key ring there too.
            var keyRing = new PostgresKeyRing(postgres);
            services.AddSingleton(keyRing);
            services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = keyRing);
        }
        else
        {
            // Key files are written 0600 by ASP.NET; the folder is made 0700 here.
            dataProtection.PersistKeysToFileSystem(OwnerOnlyFiles.CreateFolder(Path.Combine(dataDirectory, "keys")));
        }
        services.AddSingleton<ConfirmationTokens>();

        services.AddSingleton<IEmailSender>(_ => settings.Mail.SmtpHost.Length > 0
            ? new SmtpEmailSender(settings.Mail)
            : new PickupFolderEmailSender(settings.Mail, MailPickupFolder(settings)));
        // Replaces the core's "send nothing": every booking and cancellation, page or API, is e-mailed.
        services.AddSingleton<Booking.Visits.IVisitConfirmations, ConfirmationMailer>();
        services.AddSingleton<Residents.LocalCalendar>();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/logowanie";
                cookie.LogoutPath = "/wyloguj";
                cookie.AccessDeniedPath = "/brak-dostepu";
                cookie.Cookie.Name = "eq.staff";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(9);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = StaffCookieEvents.RedirectToLoginOrChallengeApi;
                cookie.Events.OnRedirectToAccessDenied = StaffCookieEvents.RedirectToDeniedOrForbidApi;
                cookie.Events.OnValidatePrincipal = StaffSessionValidator.ValidatePrincipalAsync;
            });
        services.AddAuthorization();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "eq.af";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRateLimiter(limits => PageRateLimits.Add(limits, settings));

        services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/Admin", Booking.Users.BookingPolicies.Administrator);
            pages.Conventions.AuthorizeFolder("/Agent", Booking.Users.BookingPolicies.Agent);
        }).AddMvcOptions(mvc => PolishBindingMessages.Apply(mvc.ModelBindingMessageProvider));
        // Polish letters go out as UTF-8 text, not as &#x119; entities.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(localization =>
        {
            localization.DefaultRequestCulture = new RequestCulture(PolishFormat.Culture);
            localization.SupportedCultures = [PolishFormat.Culture];
            localization.SupportedUICultures = [PolishFormat.Culture];
            localization.RequestCultureProviders.Clear();
        });
        return settings;
    }

    private static void ConfigurePipeline(WebApplication app, CentralSettings settings)
    {
        // Behind the reverse proxies named in configuration (none by default), rate limits and HSTS
        // see the resident's address and scheme; forwarded headers from anyone else are ignored.
        if (TrustedProxies.Options(settings.ForwardedHeaders) is { } forwarded)
        {
            app.UseForwardedHeaders(forwarded);
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The JSON API answers errors with problem details; pages with Polish error pages.
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        // In every environment: a Polish page, and the stack trace only in the log.
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/blad");
            pages.UseStatusCodePagesWithReExecute("/blad", "?kod={0}");
        });
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        // After authentication: staff are limited per login, residents per address.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapBookingApi();
        app.MapSiteViews();
        app.MapCentralSync();
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);

    public static string MailPickupFolder(CentralSettings settings) =>
        settings.Mail.PickupDirectory.Length > 0
            ? Path.GetFullPath(settings.Mail.PickupDirectory)
            : Path.Combine(settings.DataDirectory, "mail-outbox");

    private static string PrepareDataDirectory(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CentralConfigurationException("--data: a data folder is required");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                throw new CentralConfigurationException($"--data: '{full}' is a file, not a folder");
            }

            OwnerOnlyFiles.CreateFolder(full);
            var probe = Path.Combine(full, $".write-test-{Environment.ProcessId}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CentralConfigurationException($"--data: cannot write to '{path}': {error.Message}", error);
        }

        return full;
    }
}
