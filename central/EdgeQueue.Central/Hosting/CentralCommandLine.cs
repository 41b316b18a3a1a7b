using System.CommandLine;
using System.Globalization;
using EdgeQueue.Central.Booking.Users;
using EdgeQueue.Central.Sync.Link;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EdgeQueue.Central.Hosting;

/// <summary>
/// <c>edgequeue central [--data DIR] [--urls URL] [--connection CS] [--for SECONDS]</c> serves the site;
/// <c>edgequeue central adduser --login L --name N --role R [--data DIR]</c> creates a staff account
/// with the password read from standard input. Bad configuration ends with one line on stderr and
/// exit code 2. Tokens the parser does not know (e.g. <c>--Central:Mail:SmtpHost=…</c>) go to
/// ASP.NET's configuration.
/// </summary>
public static class CentralCommandLine
{
    public const int ConfigurationError = 2;

    /// <param name="clock">The day's clock: the real one, or the demo's simulated day.</param>
    /// <param name="networkClock">Real time for the sync link's timeouts when <paramref name="clock"/> is a simulated day (null: the same).</param>
    public static async Task<int> RunAsync(string[] args, TimeProvider clock, TextWriter output, TextWriter error, TextReader input,
        TimeProvider? networkClock = null)
    {
        var clocks = new HostClocks(clock, networkClock ?? clock);
        var data = new Option<string>("--data") { Description = "Data folder: SQLite database, keys, mail outbox", DefaultValueFactory = _ => "data/central" };
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on, e.g. http://127.0.0.1:5080" };
        var connection = new Option<string?>("--connection") { Description = "PostgreSQL connection string (default: SQLite under --data)" };
        var runFor = new Option<double?>("--for") { Description = "Stop after this many seconds" };
        var login = new Option<string>("--login") { Description = "Staff login (a-z, 0-9, . - _)", Required = true };
        var name = new Option<string>("--name") { Description = "Display name", DefaultValueFactory = _ => "" };
        var roles = new Option<string[]>("--role") { Description = "administrator, agent or technician (repeatable)", Required = true };

        var root = new RootCommand("EdgeQueue central booking service") { data, urls, connection, runFor };
        root.TreatUnmatchedTokensAsErrors = false;
        root.SetAction((result, cancellation) => ServeAsync(
            new CentralHostOptions(result.GetValue(data)!, result.GetValue(urls), result.GetValue(connection), Seconds(result.GetValue(runFor))),
            [.. result.UnmatchedTokens], clocks, output, error, cancellation));

        var addUser = new Command("adduser", "Create a staff account; the password is read from standard input") { data, connection, login, name, roles };
        addUser.TreatUnmatchedTokensAsErrors = false;
        addUser.SetAction((result, cancellation) => AddUserAsync(
            new CentralHostOptions(result.GetValue(data)!, "http://127.0.0.1:0", result.GetValue(connection)),
            [.. result.UnmatchedTokens],
            result.GetValue(login)!, result.GetValue(name)!, result.GetValue(roles) ?? [], clocks, output, error, input, cancellation));
        root.Subcommands.Add(addUser);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await error.WriteLineAsync($"edgequeue central: error: {parsed.Errors[0].Message}");
            return ConfigurationError;
        }

        if (ConfigurationTokens.FindProblem(parsed.UnmatchedTokens) is { } problem)
        {
            await error.WriteLineAsync($"edgequeue central: error: {problem}");
            return ConfigurationError;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }

    private static TimeSpan? Seconds(double? value) => value is { } seconds ? TimeSpan.FromSeconds(seconds) : null;

    private static async Task<int> ServeAsync(
        CentralHostOptions options, string[] configurationArgs, HostClocks clocks, TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        if (options.RunFor is { } runFor && runFor <= TimeSpan.Zero)
        {
            await error.WriteLineAsync("edgequeue central: error: --for must be a positive number of seconds");
            return ConfigurationError;
        }

        if (await StartOrReportAsync(options, configurationArgs, clocks, error, cancellation) is not { } app)
        {
            return ConfigurationError;
        }

        await using (app)
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            await output.WriteLineAsync($"edgequeue central: listening on {string.Join(", ", addresses)} " +
                $"(data: {Path.GetFullPath(options.DataDirectory)}, environment: {app.Environment.EnvironmentName})");
            try
            {
                if (options.RunFor is { } period)
                {
                    await Task.WhenAny(Task.Delay(period, clocks.Day, cancellation), app.WaitForShutdownAsync(cancellation));
                }
                else
                {
                    await app.WaitForShutdownAsync(cancellation);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop below.
            }

            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }

    private static async Task<int> AddUserAsync(
        CentralHostOptions options, string[] configurationArgs, string login, string name, string[] roles, HostClocks clocks,
        TextWriter output, TextWriter error, TextReader input, CancellationToken cancellation)
    {
        var unknown = roles.FirstOrDefault(role => !BookingRoles.IsKnown(role));
        if (unknown is not null)
        {
            await error.WriteLineAsync($"edgequeue central: error: unknown role '{unknown}' (use {string.Join(", ", BookingRoles.All)})");
            return ConfigurationError;
        }

        var password = (await input.ReadLineAsync(cancellation))?.TrimEnd('\r') ?? "";
        // Started (on a throw-away loopback port) so the store is migrated exactly as when serving.
        if (await StartOrReportAsync(options, configurationArgs, clocks, error, cancellation) is not { } app)
        {
            return ConfigurationError;
        }

        await using (app)
        {
            var users = app.Services.GetRequiredService<IUserDirectory>();
            var created = await users.CreateAsync(login, name.Length > 0 ? name : login, password, roles, "cli", cancellation);
            await app.StopAsync(CancellationToken.None);
            if (!created.Succeeded)
            {
                await error.WriteLineAsync($"edgequeue central: error: {created.Error!.MessageEn}");
                return 1;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"edgequeue central: user '{login}' created ({string.Join(", ", roles)})"));
            return 0;
        }
    }

    /// <summary>The started host, or null after printing why it could not start as one line.</summary>
    private static async Task<WebApplication?> StartOrReportAsync(
        CentralHostOptions options, string[] configurationArgs, HostClocks clocks, TextWriter error, CancellationToken cancellation)
    {
        WebApplication? app = null;
        try
        {
            app = CentralHost.Build(options, configurationArgs, builder => builder.Services
                .AddSingleton(clocks.Day)
                .AddKeyedSingleton(CentralSyncOptions.NetworkClock, clocks.Network));
            await app.StartAsync(cancellation);
            return app;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            if (app is not null)
            {
                // Stopped before disposed: a background service cancelled by a bare dispose is logged
                // as a critical failure with its stack, some 30 lines above the real reason.
                await StopQuietlyAsync(app);
                await app.DisposeAsync();
            }

            await error.WriteLineAsync($"edgequeue central: error: {OneLine(failure)}");
            return null;
        }
    }

    private static async Task StopQuietlyAsync(WebApplication app)
    {
        try
        {
            await app.StopAsync(CancellationToken.None);
        }
        catch (Exception stopping) when (stopping is not OutOfMemoryException)
        {
            // The start already failed (a service may fail its stop the same way); that reason is what gets reported.
        }
    }

    private static string OneLine(Exception failure)
    {
        var root = failure;
        while (root is AggregateException { InnerException: { } inner })
        {
            root = inner;
        }

        var message = root.Message.ReplaceLineEndings(" ");
        return root is CentralConfigurationException ? message : $"{message} ({root.GetType().Name})";
    }
}
