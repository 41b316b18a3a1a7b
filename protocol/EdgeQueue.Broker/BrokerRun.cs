using System.Net;
using EdgeQueue.Hosting;
using EdgeQueue.Mqtt.Broker.Configuration;
using EdgeQueue.Mqtt.Broker.Security;
using EdgeQueue.Mqtt.Broker;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Broker;

/// <summary>Runs the broker until Ctrl-C, SIGTERM or the end of --for; reports failures in one line.</summary>
internal sealed class BrokerRun(TextWriter output, TextWriter error)
{
    private const int DefaultPort = 1883;

    public async Task<int> RunAsync(BrokerRunArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Port is < 0 or > 65535)
        {
            return Fail(2, $"--port {arguments.Port} is not a port number (0..65535)");
        }

        if (arguments.RunForSeconds is <= 0)
        {
            return Fail(2, "--for must be a positive number of seconds");
        }

        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
                console.UseUtcTimestamp = true;
            })
            .SetMinimumLevel(LogLevel.Information));
        var logger = loggerFactory.CreateLogger("EdgeQueue.Broker");

        MqttBrokerOptions options;
        try
        {
            options = BuildOptions(arguments, loggerFactory, logger);
        }
        catch (BrokerConfigurationException e)
        {
            return Fail(2, e.Message);
        }
        catch (IOException e)
        {
            return Fail(2, e.Message);
        }

        using var stop = new StopSignal(cancellationToken);
        await using var broker = new MqttBroker(options);
        try
        {
            await broker.StartAsync(stop.Token);
        }
        catch (IOException e)
        {
            return Fail(1, e.Message);
        }

        output.WriteLine($"edgequeue broker: listening on {string.Join(", ", options.Listeners.Zip(broker.LocalEndPoints, (l, e) => $"{(l.IsTls ? "mqtts" : "mqtt")}://{e}"))}");
        output.Flush();
        try
        {
            var runFor = arguments.RunForSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : Timeout.InfiniteTimeSpan;
            await Task.Delay(runFor, TimeProvider.System, stop.Token);
            logger.LogInformation("--for {Seconds} s elapsed; stopping", arguments.RunForSeconds);
        }
        catch (OperationCanceledException)
        {
            logger.LogInformation("Stop requested; stopping");
        }

        await broker.StopAsync(CancellationToken.None);
        return 0;
    }

    private static MqttBrokerOptions BuildOptions(BrokerRunArguments arguments, ILoggerFactory loggerFactory, ILogger logger)
    {
        List<MqttListenerOptions> listeners;
        IMqttAuthenticator authenticator;
        IMqttAuthorizer authorizer;
        MqttBrokerLimits limits;
        Func<string, bool> clientIdMustMatchUsername = static _ => false;
        if (arguments.ConfigFile is { } file)
        {
            var configuration = BrokerConfigurationFile.Load(file);
            listeners = [.. configuration.Listeners];
            authenticator = configuration.Authenticator;
            authorizer = configuration.Authorizer;
            limits = configuration.Limits;
            clientIdMustMatchUsername = configuration.ClientIdMustMatchUsername;
            if (!configuration.HasAcl)
            {
                logger.LogWarning("{File} has no ACL rules: every client that gets in may publish and subscribe to every topic", file);
            }

            if (arguments.Port is { } port)
            {
                var plain = listeners.FindIndex(l => !l.IsTls);
                var bind = plain >= 0 ? listeners[plain].EndPoint.Address : IPAddress.Any;
                var replacement = new MqttListenerOptions(new IPEndPoint(bind, port));
                if (plain >= 0)
                {
                    listeners[plain] = replacement;
                }
                else
                {
                    listeners.Insert(0, replacement);
                }
            }
            else if (listeners.Count == 0)
            {
                listeners.Add(new MqttListenerOptions(new IPEndPoint(IPAddress.Any, DefaultPort)));
            }
        }
        else
        {
            // As Mosquitto 2 without a configuration: anonymous clients, but only from this machine.
            logger.LogWarning("No --config: local-only mode, anonymous clients on 127.0.0.1 only, no ACL");
            listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, arguments.Port ?? DefaultPort))];
            authenticator = new UserListAuthenticator(new Dictionary<string, string>(), allowAnonymous: true);
            authorizer = AllowAllAuthorizer.Instance;
            limits = new MqttBrokerLimits();
        }

        if (arguments.DataDirectory is { } data)
        {
            Directory.CreateDirectory(data);
        }

        return new MqttBrokerOptions
        {
            Listeners = listeners,
            Authenticator = authenticator,
            Authorizer = authorizer,
            Limits = limits,
            ClientIdMustMatchUsername = clientIdMustMatchUsername,
            DataDirectory = arguments.DataDirectory,
            LoggerFactory = loggerFactory,
            TimeProvider = TimeProvider.System,
        };
    }

    private int Fail(int code, string reason)
    {
        error.WriteLine($"edgequeue broker: {reason}");
        return code;
    }
}
