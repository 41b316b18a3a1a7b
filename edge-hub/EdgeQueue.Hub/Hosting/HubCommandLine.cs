using System.Globalization;
using System.Net.Sockets;
using System.Text;
using EdgeQueue.Hub.Security;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Security;

namespace EdgeQueue.Hub.Hosting;

/// <summary>
/// <c>./edgequeue hub</c>: runs the hub, or one of its helper commands (check a site file, export a
/// Mosquitto password and ACL file, hash a password). Errors are one line and a non-zero exit code.
/// </summary>
public static class HubCommandLine
{
    private const string Usage = """
        usage: ./edgequeue hub --site FILE --data DIR [--port N | --urls URL] [--mqtt-port N] [--bind ADDR] [--for SECONDS]
               ./edgequeue hub check --site FILE
               ./edgequeue hub export-mosquitto --site FILE --out DIR [--hub-password PASSWORD]
               ./edgequeue hub hash-password [PASSWORD]      (reads a line from standard input without one)
               ./edgequeue hub device add --site FILE --role dispenser|keypad|board --id ID --wifi-ssid NAME [--wifi-password PW]
                                          [--mqtt-host ADDR] [--counter N] [--buttons 1=A,2=B] [--printer ID] [--serial-port PORT] [--out DIR]
               ./edgequeue hub device rotate --site FILE --id ID --wifi-ssid NAME [--wifi-password PW] [--mqtt-host ADDR] [--serial-port PORT] [--out DIR]
               ./edgequeue hub device remove --site FILE --id ID

          --site FILE      the site file (JSON): categories, counters, devices, printers, audio, broker
          --data DIR       queue database, printed-ticket captures and announcement files (created if missing)
          --port N         HTTP port of the hall screen and technician page (overrides http.port)
          --urls URL       Kestrel URLs instead of --port, e.g. http://0.0.0.0:8080
          --mqtt-port N    port of the embedded broker (overrides broker.port)
          --bind ADDR      listen on this address only, e.g. 127.0.0.1
          --for SECONDS    stop by itself after this long (demos, smoke tests)

        device add/rotate write the board's edgequeue.json and nanoff's deploy.json into --out (default
        ./provision/ID, readable by you only: they hold the device's password); the site file keeps only
        the password's hash. A running hub applies added, removed and re-keyed credentials at once.
          --counter N      keypads and boards: the counter they belong to
          --buttons MAP    dispensers: button number = category prefix, e.g. 1=A,2=B
          --printer ID     dispensers: the printer of their tickets (default: the site's only printer)
          --mqtt-host ADDR the hub's address as the board reaches it (default: the site file's broker address)
          --serial-port P  the board's port in deploy.json (default /dev/ttyUSB0; COM5 on Windows)
        """;

    /// <param name="networkTime">Real time for socket timeouts when <paramref name="time"/> is a simulated day (null: the same).</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, TimeProvider? networkTime = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args is [] or ["--help" or "-h" or "help"])
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var verb = args[0].StartsWith("--", StringComparison.Ordinal) ? "run" : args[0];
        var rest = verb == "run" ? args : args[1..];
        if (rest is ["--help" or "-h"])
        {
            // A helper command's help is the hub's usage (never a password to hash, a site to check).
            output.WriteLine(Usage);
            return 0;
        }
        try
        {
            if (verb == "hash-password")
            {
                return HashPassword(rest, output, error);
            }

            if (verb == "device")
            {
                return DeviceCommandLine.Run(rest is [var action, ..] ? action : string.Empty, ParseOptions(rest.Length > 0 ? rest[1..] : rest), output, error);
            }

            var options = ParseOptions(rest);
            return verb switch
            {
                "run" => await RunHubAsync(options, output, error, time, networkTime),
                "check" => Check(options, output),
                "export-mosquitto" => ExportMosquitto(options, output),
                _ => throw new UsageException($"unknown command '{verb}' (run, check, export-mosquitto, hash-password, device)"),
            };
        }
        catch (UsageException e)
        {
            error.WriteLine($"hub: {e.Message}");
            error.WriteLine("run `./edgequeue hub --help` for the options");
            return 2;
        }
        catch (SiteFileException e)
        {
            error.WriteLine($"hub: {e.Message}");
            foreach (var problem in e.Problems.Skip(1))
            {
                error.WriteLine($"  also: {problem}");
            }

            return 1;
        }
    }

    private static async Task<int> RunHubAsync(Dictionary<string, string> options, TextWriter output, TextWriter error, TimeProvider time, TimeProvider? networkTime)
    {
        var sitePath = Required(options, "site");
        var data = Required(options, "data");
        if (options.ContainsKey("port") && options.ContainsKey("urls"))
        {
            throw new UsageException("give --port or --urls, not both");
        }

        var site = SiteFileLoader.Load(sitePath);

        var hubOptions = new HubOptions
        {
            Site = site,
            SiteFile = sitePath,
            DataFolder = data,
            HttpPort = Int(options, "port"),
            Urls = options.GetValueOrDefault("urls"),
            MqttPort = Int(options, "mqtt-port"),
            Bind = options.GetValueOrDefault("bind"),
            Time = time,
            NetworkTime = networkTime,
        };
        var runFor = Int(options, "for");
        HubHost hub;
        try
        {
            hub = await HubHost.StartAsync(hubOptions);
        }
        catch (Exception e) when (e is IOException or SocketException or UnauthorizedAccessException or InvalidOperationException or QueueStoreException)
        {
            error.WriteLine($"hub: cannot start: {e.Message}");
            return 1;
        }

        await using (hub)
        {
            using var stop = new CancellationTokenSource();
            if (runFor is { } seconds)
            {
                stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            }

            try
            {
                await hub.WaitForShutdownAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                // --for elapsed.
            }

            if (stop.IsCancellationRequested)
            {
                output.WriteLine($"hub: --for {runFor} s elapsed, stopping");
            }

            await hub.StopAsync();
            if (hub.ConfigurationRestartRequested)
            {
                // systemd (Restart=always) starts the hub again, which then runs the new configuration.
                output.WriteLine("hub: stopped to apply the site configuration from central; start it again (systemd does)");
                return 75;
            }
        }

        return 0;
    }

    private static int Check(Dictionary<string, string> options, TextWriter output)
    {
        var path = Required(options, "site");
        var site = SiteFileLoader.Load(path);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"site file {path} is valid: {site.SiteId} ({site.Name}), {site.Queue.Categories.Count} categories, {site.Queue.Counters.Count} counters, {site.Devices.Count} devices, {site.Printers.Count} printers; {site.Broker.Describe()}"));
        return 0;
    }

    private static int ExportMosquitto(Dictionary<string, string> options, TextWriter output)
    {
        var site = SiteFileLoader.Load(Required(options, "site"));
        var folder = Path.GetFullPath(Required(options, "out"));
        var hubPassword = options.GetValueOrDefault("hub-password") ?? site.Broker.Password
            ?? throw new UsageException("the site file has no broker.password for the hub (broker.mode external); pass --hub-password");
        Directory.CreateDirectory(folder);
        WriteSecret(Path.Combine(folder, MosquittoExport.PasswordFileName), MosquittoExport.PasswordFile(site, PasswordHash.Create(hubPassword)));
        File.WriteAllText(Path.Combine(folder, MosquittoExport.AclFileName), MosquittoExport.AclFile(site));
        var port = site.Broker.Url is { Port: > 0 } url ? url.Port : 1883;
        File.WriteAllText(Path.Combine(folder, MosquittoExport.ConfigFileName), MosquittoExport.ConfigFragment(folder, port));
        output.WriteLine($"wrote {MosquittoExport.PasswordFileName}, {MosquittoExport.AclFileName} and {MosquittoExport.ConfigFileName} to {folder}");
        output.WriteLine($"hub user: {MosquittoExport.HubUser(site)}; {site.Devices.Count} device users");
        output.WriteLine($"use them in mosquitto.conf: include the lines of {MosquittoExport.ConfigFileName}, then restart Mosquitto");
        return 0;
    }

    /// <summary>
    /// The password file holds every device's hash: 0640, readable by its owner and group only. The
    /// install guide gives it to Mosquitto's group (<c>chgrp mosquitto</c>); a file left from an older
    /// export is narrowed too.
    /// </summary>
    private static void WriteSecret(string path, string text)
    {
        const UnixFileMode ownerAndGroup = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead;
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerAndGroup;
        }

        using (var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options))
        {
            writer.Write(text);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, ownerAndGroup);
        }
    }

    private static int HashPassword(string[] args, TextWriter output, TextWriter error)
    {
        var password = args.Length > 0 ? args[0] : Console.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("hub: hash-password needs a password (argument or a line on standard input)");
            return 2;
        }

        output.WriteLine(PasswordHash.Create(password));
        return 0;
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new UsageException($"expected --option VALUE, got '{args[i]}'");
            }

            options[args[i][2..]] = args[++i];
        }

        return options;
    }

    internal static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new UsageException($"--{name} is required");

    internal static int? Int(Dictionary<string, string> options, string name)
    {
        if (!options.TryGetValue(name, out var text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"--{name} takes a whole number, got '{text}'");
    }

    internal sealed class UsageException(string message) : Exception(message);
}
