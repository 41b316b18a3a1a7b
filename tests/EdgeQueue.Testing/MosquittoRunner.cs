using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Testing;

/// <summary>
/// A real Mosquitto 2.0 (/usr/sbin/mosquitto, Debian package "mosquitto") on a free loopback port
/// with its own generated config, password file and ACL file. Started by a test, stopped by PID on
/// dispose; <see cref="RestartAsync"/> brings it back on the same ports (persistence is off, so a
/// restart forgets sessions and retained messages, as a crash would).
/// </summary>
public sealed class MosquittoRunner : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";
    private const string PasswordTool = "/usr/bin/mosquitto_passwd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly TempDirectory _folder = new("mosquitto");
    private readonly RestartableServer _server;

    private MosquittoRunner(MosquittoOptions options)
    {
        Options = options;
        Port = FreePort.Next();
        TlsPort = options.Tls is null ? null : FreePort.Next();
        _server = new RestartableServer(
            () => ServerProcess.Start(new ProcessStartInfo(Executable) { ArgumentList = { "-c", ConfigFile } }),
            (process, cancellation) => process.WaitUntilReadyAsync(
                async () => await ServerProcess.AcceptsAsync(Port) && (TlsPort is not { } tlsPort || await ServerProcess.AcceptsAsync(tlsPort)),
                StartTimeout, () => Log, cancellation));
    }

    public MosquittoOptions Options { get; }

    public string Host => "127.0.0.1";

    public int Port { get; }

    public int? TlsPort { get; }

    public string ConfigFile => _folder.File("mosquitto.conf");

    public string LogFile => _folder.File("mosquitto.log");

    /// <summary>Everything Mosquitto logged so far (log_type all, all runs): for assertions and their messages.</summary>
    public string Log
    {
        get
        {
            string fileLog;
            try
            {
                using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var reader = new StreamReader(stream);
                fileLog = reader.ReadToEnd();
            }
            catch (FileNotFoundException)
            {
                fileLog = "";
            }

            return fileLog + _server.Output;
        }
    }

    public bool IsRunning => _server.IsRunning;

    /// <summary>How often <paramref name="text"/> occurs in <see cref="Log"/>.</summary>
    public int CountInLog(string text)
    {
        var log = Log;
        var count = 0;
        for (var at = log.IndexOf(text, StringComparison.Ordinal); at >= 0; at = log.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Polls the log (kept across restarts) until <paramref name="text"/> appears <paramref name="times"/>
    /// times: Mosquitto offers no other signal for what it received. Throws with the log on timeout.
    /// </summary>
    public async Task WaitForLogAsync(string text, int times = 1, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (CountInLog(text) < times)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Mosquitto did not log '{text}' {times} time(s):\n{Log}");
            }
        }
    }

    /// <summary>The running broker's process id (benchmarks read its resident memory); null when stopped.</summary>
    public int? ProcessId => _server.ProcessId;

    public static async Task<MosquittoRunner> StartAsync(MosquittoOptions? options = null, CancellationToken cancellation = default)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: apt-get install -y mosquitto mosquitto-clients");
        }

        // A free port is only free when probed: a client elsewhere in the test run may take it as
        // its own ephemeral port before Mosquitto binds it. Then fresh ports, a few times.
        for (var attempt = 1; ; attempt++)
        {
            var runner = new MosquittoRunner(options ?? new MosquittoOptions());
            try
            {
                await runner.WriteFilesAsync(cancellation);
                await runner._server.StartAsync(cancellation);
                return runner;
            }
            catch (InvalidOperationException e) when (attempt < 3 && e.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
                await runner.DisposeAsync();
            }
            catch
            {
                await runner.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Kills the broker process (like a crash: no goodbye to clients).</summary>
    public Task StopAsync() => _server.StopAsync();

    /// <summary>Stops the broker and starts it again on the same ports.</summary>
    public Task RestartAsync(CancellationToken cancellation = default) => _server.RestartAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }

    private async Task WriteFilesAsync(CancellationToken cancellation)
    {
        var config = new List<string>
        {
            // Running as root (CI containers) Mosquitto would switch to user "mosquitto", which cannot
            // read the test's files.
            "user root",
            "per_listener_settings false",
            "persistence false",
            // A file, not stdout: through a pipe Mosquitto's stdout is block-buffered and lags behind.
            $"log_dest file {LogFile}",
            "log_type all",
            "log_timestamp false",
            $"allow_anonymous {(Options.AllowAnonymous ? "true" : "false")}",
            string.Create(CultureInfo.InvariantCulture, $"listener {Port} {Host}"),
        };

        if (Options.Tls is { } tls)
        {
            config.Add(string.Create(CultureInfo.InvariantCulture, $"listener {TlsPort} {Host}"));
            config.Add($"cafile {tls.CaFile}");
            config.Add($"certfile {tls.CertificateFile}");
            config.Add($"keyfile {tls.KeyFile}");
            config.Add($"require_certificate {(tls.RequireClientCertificate ? "true" : "false")}");
        }

        if (Options.Users.Count > 0)
        {
            var passwordFile = _folder.File("passwd");
            var create = true;
            foreach (var user in Options.Users)
            {
                string[] args = create ? ["-b", "-c", passwordFile, user.Name, user.Password] : ["-b", passwordFile, user.Name, user.Password];
                await RunToolAsync(PasswordTool, args, cancellation);
                create = false;
            }

            config.Add($"password_file {passwordFile}");
        }

        if (Options.AclLines is { } acl)
        {
            var aclFile = _folder.File("acl");
            await File.WriteAllLinesAsync(aclFile, acl, cancellation);
            config.Add($"acl_file {aclFile}");
        }

        config.AddRange(Options.ExtraConfig);
        await File.WriteAllLinesAsync(ConfigFile, config, cancellation);
    }

    private static async Task RunToolAsync(string tool, string[] args, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        await process.StandardOutput.ReadToEndAsync(cancellation);
        await process.WaitForExitAsync(cancellation);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{tool} failed with code {process.ExitCode}: {await stderr}");
        }
    }
}
