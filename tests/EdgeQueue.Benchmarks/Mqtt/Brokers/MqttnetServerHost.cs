using System.Net;
using EdgeQueue.Mqtt.Broker.Configuration;
using EdgeQueue.Mqtt.Broker.Security;
using MQTTnet.Protocol;
using MQTTnet.Server;

namespace EdgeQueue.Benchmarks.Mqtt.Brokers;

/// <summary>
/// <c>EdgeQueue.Benchmarks mqttnet-server --port N [--config broker.json]</c> (hidden verb): MQTTnet.Server
/// 5.2 at its defaults on 127.0.0.1, run by <see cref="DotnetBrokerLauncher.Mqttnet"/> as a child process so its
/// memory is measured alone. One change from the defaults: persistent sessions on (off by default;
/// a hall's devices need them). With --config the embedded broker's users and ACL are enforced
/// through MQTTnet's interception events, evaluated by the embedded broker's own classes.
/// </summary>
internal static class MqttnetServerHost
{
    public const string Verb = "mqttnet-server";
    public const string ReadyLine = "mqttnet-server: listening";

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var port = arguments.GetInt("port", 1883);
        var options = new MqttServerFactory().CreateServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointPort(port)
            .WithPersistentSessions()
            .Build();
        using var server = new MqttServerFactory().CreateMqttServer(options);
        if (arguments.Get("config") is { } file)
        {
            Enforce(server, BrokerConfigurationFile.Load(file));
        }

        await server.StartAsync();
        Console.WriteLine($"{ReadyLine} on 127.0.0.1:{port}");
        await Task.Delay(Timeout.Infinite);
        return 0;
    }

    private static void Enforce(MqttServer server, BrokerConfiguration configuration)
    {
        server.ValidatingConnectionAsync += async e =>
        {
            var request = new MqttConnectRequest(e.ClientId, e.UserName, e.RawPassword, e.RemoteEndPoint, IsTls: false);
            e.ReasonCode = await configuration.Authenticator.AuthenticateAsync(request, e.CancellationToken) switch
            {
                MqttAuthenticationResult.Accepted => MqttConnectReasonCode.Success,
                MqttAuthenticationResult.BadUsernameOrPassword => MqttConnectReasonCode.BadUserNameOrPassword,
                _ => MqttConnectReasonCode.NotAuthorized,
            };
        };
        server.InterceptingSubscriptionAsync += e =>
        {
            if (!Permissions(configuration, e.ClientId, e.UserName).CanSubscribe(e.TopicFilter.Topic))
            {
                e.ProcessSubscription = false;
                e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            }

            return Task.CompletedTask;
        };
        server.InterceptingPublishAsync += e =>
        {
            // In-process publishes (none here) carry no client id.
            if (e.ClientId is not null && !Permissions(configuration, e.ClientId, e.UserName).CanPublish(e.ApplicationMessage.Topic))
            {
                e.ProcessPublish = false;
            }

            return Task.CompletedTask;
        };
    }

    private static IMqttClientPermissions Permissions(BrokerConfiguration configuration, string clientId, string? userName) =>
        configuration.Authorizer.GetPermissions(new MqttClientIdentity(clientId, userName, RemoteEndPoint: null));
}
