using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Testing;

/// <summary>
/// A throwaway PostgreSQL server (Debian package <c>postgresql</c>): initdb into a temp folder,
/// <c>postgres</c> on a free loopback port with its socket in that folder, stopped by PID on dispose.
/// Run as root, the server runs as the <c>postgres</c> user (setpriv), which owns the folder.
/// </summary>
public sealed class PostgresRunner : IAsyncDisposable
{
    private readonly TempDirectory _folder;
    private readonly Process _server;
    private readonly string _binaries;
    private readonly string? _runAs;

    private PostgresRunner(TempDirectory folder, Process server, string binaries, string? runAs, int port)
    {
        _folder = folder;
        _server = server;
        _binaries = binaries;
        _runAs = runAs;
        Port = port;
    }

    public int Port { get; }

    public int ProcessId => _server.Id;

    public const string SuperUser = "postgres";

    /// <summary>Starts a server. <paramref name="durable"/> false turns fsync off: fine for tests, not for benchmarks.</summary>
    public static async Task<PostgresRunner> StartAsync(bool durable = false, int maxConnections = 300, CancellationToken cancellation = default)
    {
        var binaries = FindBinaries();
        var runAs = Environment.UserName == "root" ? SuperUser : null;
        var folder = new TempDirectory("eq-pg");
        try
        {
            if (runAs is not null)
            {
                await RunAsync("chown", ["-R", $"{runAs}:{runAs}", folder.Path], null, cancellation);
                await RunAsync("chmod", ["700", folder.Path], null, cancellation);
            }

            var data = Path.Combine(folder.Path, "data");
            await RunAsync(Path.Combine(binaries, "initdb"),
                ["-D", data, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], runAs, cancellation);

            var port = FreePort.Next();
            string[] serverArgs =
            [
                "-D", data, "-p", port.ToString(CultureInfo.InvariantCulture), "-k", folder.Path, "-c", "listen_addresses=127.0.0.1",
                "-c", $"max_connections={maxConnections}", "-c", "shared_buffers=128MB", "-c", $"fsync={(durable ? "on" : "off")}",
                "-c", $"synchronous_commit={(durable ? "on" : "off")}", "-c", $"full_page_writes={(durable ? "on" : "off")}",
                "-c", "logging_collector=off", "-c", "log_min_messages=warning",
            ];
            var server = Process.Start(Command(Path.Combine(binaries, "postgres"), serverArgs, runAs))
                ?? throw new InvalidOperationException("could not start postgres");
            server.ErrorDataReceived += (_, _) => { };
            server.OutputDataReceived += (_, _) => { };
            server.BeginErrorReadLine();
            server.BeginOutputReadLine();
            var runner = new PostgresRunner(folder, server, binaries, runAs, port);
            await runner.WaitReadyAsync(cancellation);
            return runner;
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Connection string for a database on this server (user postgres, trust authentication).</summary>
    public string ConnectionString(string database, int maxPoolSize = 100) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username={SuperUser};Database={database};Maximum Pool Size={maxPoolSize};Timeout=30;Command Timeout=60");

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellation = default)
    {
        await RunAsync(Path.Combine(_binaries, "psql"),
            ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, "-d", "postgres", "-v", "ON_ERROR_STOP=1",
             "-c", $"CREATE DATABASE \"{name}\""], null, cancellation);
        return ConnectionString(name);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_server.HasExited)
            {
                // SIGINT: PostgreSQL's "fast" shutdown (disconnects clients, exits cleanly).
                using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", _server.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false });
                if (kill is not null)
                {
                    await kill.WaitForExitAsync();
                }

                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
                try
                {
                    await _server.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _server.Kill(entireProcessTree: true);
                }
            }
        }
        finally
        {
            _server.Dispose();
            _folder.Dispose();
        }
    }

    private async Task WaitReadyAsync(CancellationToken cancellation)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"postgres exited with code {_server.ExitCode} while starting");
            }

            var ready = Process.Start(new ProcessStartInfo(Path.Combine(_binaries, "pg_isready"),
                ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", SuperUser, "-q"]) { UseShellExecute = false })!;
            await ready.WaitForExitAsync(cancellation);
            if (ready.ExitCode == 0)
            {
                return;
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("postgres did not become ready within 60 s");
            }

            await Task.Delay(100, cancellation);
        }
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("EQ_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        const string root = "/usr/lib/postgresql";
        var found = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them with `apt-get install -y postgresql` (or set EQ_PG_BIN).");
    }

    private static ProcessStartInfo Command(string file, IReadOnlyList<string> arguments, string? runAs)
    {
        var info = runAs is null
            ? new ProcessStartInfo(file)
            : new ProcessStartInfo("setpriv", ["--reuid", runAs, "--regid", runAs, "--init-groups", "--", file]);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.UseShellExecute = false;
        info.RedirectStandardError = true;
        info.RedirectStandardOutput = true;
        info.WorkingDirectory = "/tmp";
        return info;
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, string? runAs, CancellationToken cancellation)
    {
        using var process = Process.Start(Command(file, arguments, runAs)) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {await stderr}{await stdout}");
        }
    }
}
