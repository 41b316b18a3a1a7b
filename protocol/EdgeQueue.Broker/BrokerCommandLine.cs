using System.CommandLine;

namespace EdgeQueue.Broker;

/// <summary>The verbs and options of `edgequeue broker`.</summary>
internal static class BrokerCommandLine
{
    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var port = new Option<int?>("--port") { Description = "TCP port for plain MQTT (overrides the configuration file's plain listener; default 1883)" };
        var config = new Option<FileInfo?>("--config") { Description = "JSON configuration file: listeners, users, ACL, limits (see protocol/README.md)" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "Folder where retained messages and persistent sessions are kept across restarts" };
        var runFor = new Option<double?>("--for") { Description = "Stop after this many seconds and exit 0 (for tests and demos)" };
        var root = new RootCommand("EdgeQueue embedded MQTT 3.1.1 broker") { port, config, data, runFor };
        root.SetAction((result, cancellationToken) => new BrokerRun(output, error).RunAsync(
            new BrokerRunArguments(result.GetValue(port), result.GetValue(config)?.FullName, result.GetValue(data)?.FullName, result.GetValue(runFor)),
            cancellationToken));

        var username = new Argument<string>("username") { Description = "User name the hash is for" };
        var password = new Option<string?>("--password") { Description = "The password (default: read one line from standard input)" };
        var iterations = new Option<int>("--iterations")
        {
            Description = "PBKDF2 iterations",
            DefaultValueFactory = _ => EdgeQueue.Security.PasswordHash.DefaultIterations,
        };
        var passwd = new Command("passwd", "Print a users[] entry with a password hash (Mosquitto's $7$ PBKDF2-SHA512) for the configuration file") { username, password, iterations };
        passwd.SetAction(result => PasswordCommand.Run(result.GetValue(username)!, result.GetValue(password), result.GetValue(iterations), output, error));
        root.Subcommands.Add(passwd);
        return root;
    }
}
