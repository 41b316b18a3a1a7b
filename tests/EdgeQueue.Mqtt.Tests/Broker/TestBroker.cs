using System.Net;
using EdgeQueue.Mqtt.Broker;
using EdgeQueue.Mqtt.Broker.Security;

namespace EdgeQueue.Mqtt.Tests.Broker;

/// <summary>An embedded broker on a free loopback port for one test; stopped on dispose.</summary>
internal sealed class TestBroker : IAsyncDisposable
{
    private TestBroker(MqttBroker broker)
    {
        Broker = broker;
        Port = broker.LocalEndPoints[0].Port;
    }

    public MqttBroker Broker { get; }

    public int Port { get; }

    public static async Task<TestBroker> StartAsync(
        IMqttAuthenticator? authenticator = null,
        IMqttAuthorizer? authorizer = null,
        MqttBrokerLimits? limits = null,
        TimeProvider? time = null,
        string? dataDirectory = null,
        Func<MqttBrokerOptions, MqttBrokerOptions>? configure = null)
    {
        var options = new MqttBrokerOptions
        {
            Listeners = [new MqttListenerOptions(new IPEndPoint(IPAddress.Loopback, 0))],
            Authenticator = authenticator ?? AnonymousAllowed,
            Authorizer = authorizer ?? AllowAllAuthorizer.Instance,
            Limits = limits ?? new MqttBrokerLimits(),
            TimeProvider = time ?? TimeProvider.System,
            DataDirectory = dataDirectory,
        };
        var broker = new MqttBroker(configure is null ? options : configure(options));
        await broker.StartAsync();
        return new TestBroker(broker);
    }

    public static IMqttAuthenticator AnonymousAllowed { get; } =
        new DelegateAuthenticator((_, _) => ValueTask.FromResult(MqttAuthenticationResult.Accepted));

    public ValueTask DisposeAsync() => Broker.DisposeAsync();
}
