using System.Diagnostics;
using System.Globalization;

namespace EdgeQueue.Testing;

/// <summary>
/// A throw-away RabbitMQ 3.10 node (Debian package "rabbitmq-server") with its MQTT plugin, started
/// by a test as a child process: loopback only, free ports (AMQP, distribution, one MQTT port per
/// virtual host), its own folders, node name, Erlang cookie (HOME is its folder) and epmd on a free
/// port (a child too: the node would otherwise start a daemon epmd that outlives it). Stopped by PID;
/// <see cref="RestartAsync"/> brings the node back on the same ports and data, as after a crash of a
/// node whose disk survived (durable sessions and retained messages kept). Runs as root with the
/// package's scripts bypassed (/usr/sbin/rabbitmq-server would switch to user rabbitmq).
/// </summary>
public sealed class RabbitMqRunner : IAsyncDisposable
{
    private const string Server = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string Epmd = "/usr/bin/epmd";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly TempDirectory _folder = new("rabbitmq");
    private readonly string _nodeName = $"eqtest-{Guid.NewGuid():N}"[..15] + "@localhost";
    private readonly int _amqpPort;
    private readonly int _distributionPort;
    private readonly int _epmdPort;
    private readonly RestartableServer _node;
    private ServerProcess? _epmd;

    private RabbitMqRunner(RabbitMqOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.VirtualHosts, 1);
        if (options.Passwords.Count == 0)
        {
            throw new ArgumentException("a RabbitMQ node for tests needs a user: readiness is a real login", nameof(options));
        }

        // Distinct: a port probed free and released may be handed out again by the next probe.
        var ports = new HashSet<int>();
        while (ports.Count < options.VirtualHosts + 3)
        {
            ports.Add(FreePort.Next());
        }

        var free = ports.ToList();
        (_amqpPort, _distributionPort, _epmdPort) = (free[0], free[1], free[2]);
        VirtualHosts = Enumerable.Range(1, options.VirtualHosts).Select(i => ($"eq-{i}", free[i + 2])).ToList();
        Options = options;
        _node = new RestartableServer(StartNode,
            (process, cancellation) => process.WaitUntilReadyAsync(ReadyAsync, StartTimeout, () => Log, cancellation));
    }

    public RabbitMqOptions Options { get; }

    /// <summary>Each virtual host with the MQTT port whose clients land in it.</summary>
    public IReadOnlyList<(string Name, int MqttPort)> VirtualHosts { get; }

    public bool IsRunning => _node.IsRunning;

    /// <summary>What the node logged, all runs.</summary>
    public string Log => _node.Output + _epmd?.Output;

    public static async Task<RabbitMqRunner> StartAsync(RabbitMqOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!File.Exists(Server))
        {
            throw new InvalidOperationException($"{Server} is missing: apt-get install -y rabbitmq-server (scripts/install-test-deps.sh)");
        }

        var runner = new RabbitMqRunner(options);
        try
        {
            await runner.WriteFilesAsync(cancellation);
            runner._epmd = ServerProcess.Start(new ProcessStartInfo(Epmd)
            {
                ArgumentList = { "-port", runner._epmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1" },
            });
            await runner._epmd.WaitUntilReadyAsync(() => ServerProcess.AcceptsAsync(runner._epmdPort), StartTimeout, () => runner.Log, cancellation);
            await runner._node.StartAsync(cancellation);
            return runner;
        }
        catch
        {
            await runner.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the node (clients lose their links at once); its epmd stays.</summary>
    public Task StopAsync() => _node.StopAsync();

    /// <summary>Stops the node and starts it again on the same ports and data.</summary>
    public Task RestartAsync(CancellationToken cancellation = default) => _node.RestartAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_epmd is { } epmd)
        {
            _epmd = null;
            await epmd.StopAsync();
        }

        _folder.Dispose();
    }

    private async Task WriteFilesAsync(CancellationToken cancellation)
    {
        var definitions = _folder.File("definitions.json");
        await File.WriteAllTextAsync(definitions, RabbitMqDefinitions.Create(Options, VirtualHosts).ToJsonString(), cancellation);
        var config = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"listeners.tcp.default = 127.0.0.1:{_amqpPort}"),
            "mqtt.allow_anonymous = false",
            $"load_definitions = {definitions}",
        };
        config.AddRange(VirtualHosts.Select(v => string.Create(CultureInfo.InvariantCulture, $"mqtt.listeners.tcp.{v.Name} = 127.0.0.1:{v.MqttPort}")));
        await File.WriteAllLinesAsync(_folder.File("rabbitmq.conf"), config, cancellation);
        await File.WriteAllTextAsync(_folder.File("enabled_plugins"), "[rabbitmq_mqtt].\n", cancellation);
        // Replaces /etc/rabbitmq/rabbitmq-env.conf, which the scripts would read otherwise.
        await File.WriteAllTextAsync(_folder.File("rabbitmq-env.conf"), "", cancellation);
    }

    private ServerProcess StartNode()
    {
        var start = new ProcessStartInfo(Server) { WorkingDirectory = _folder.Path };
        var environment = new Dictionary<string, string>
        {
            // The Erlang cookie is made in HOME on first start: the node's own.
            ["HOME"] = _folder.Path,
            ["RABBITMQ_NODENAME"] = _nodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = _amqpPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = "-kernel inet_dist_use_interface {127,0,0,1}",
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(CultureInfo.InvariantCulture),
            ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_MNESIA_BASE"] = _folder.File("mnesia"),
            ["RABBITMQ_LOG_BASE"] = _folder.File("log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = _folder.File("rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = _folder.File("enabled_plugins"),
            ["RABBITMQ_CONF_ENV_FILE"] = _folder.File("rabbitmq-env.conf"),
            ["RABBITMQ_PID_FILE"] = _folder.File("rabbitmq.pid"),
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return ServerProcess.Start(start);
    }

    private async Task<bool> ReadyAsync()
    {
        foreach (var (_, port) in VirtualHosts)
        {
            if (!await ServerProcess.AcceptsAsync(port))
            {
                return false;
            }
        }

        // A real login on the last virtual host's port: the port mapping and the definitions are in force.
        var (user, password) = Options.Passwords.First();
        return await MqttConnectProbe.AcceptsLoginAsync(VirtualHosts[^1].MqttPort, user, password, TimeSpan.FromSeconds(5));
    }
}
