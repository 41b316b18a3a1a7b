using MQTTnet;
using MQTTnet.Formatter;

namespace EdgeQueue.Benchmarks.Mqtt;

/// <summary>MQTTnet 5 clients for the benchmarks: MQTT 3.1.1 (every broker measured speaks it), TCP_NODELAY, no reconnect.</summary>
internal static class MqttnetClients
{
    private static readonly MqttClientFactory Factory = new();

    /// <summary>Connects and returns the client with the broker's answer; v5 reports a refused CONNACK in the result instead of throwing.</summary>
    /// <param name="onMessage">Attached before CONNECT, so messages a resumed session delivers at once are seen too.</param>
    public static async Task<(IMqttClient Client, MqttClientConnectResult Result)> TryConnectAsync(int port, string clientId,
        CancellationToken cancellation, bool cleanSession = true, string? username = null, string? password = null,
        Func<MqttApplicationMessageReceivedEventArgs, Task>? onMessage = null)
    {
        var builder = Factory.CreateClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithClientId(clientId)
            .WithCleanSession(cleanSession)
            .WithTimeout(TimeSpan.FromSeconds(10));
        if (username is not null)
        {
            builder = builder.WithCredentials(username, password);
        }

        var client = Factory.CreateMqttClient();
        if (onMessage is not null)
        {
            client.ApplicationMessageReceivedAsync += onMessage;
        }

        try
        {
            return (client, await client.ConnectAsync(builder.Build(), cancellation));
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Connects or throws naming the CONNACK code.</summary>
    public static async Task<IMqttClient> ConnectAsync(int port, string clientId, CancellationToken cancellation,
        bool cleanSession = true, string? username = null, string? password = null)
    {
        var (client, result) = await TryConnectAsync(port, clientId, cancellation, cleanSession, username, password);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            client.Dispose();
            throw new InvalidOperationException($"{clientId}: broker on port {port} refused the connection ({result.ResultCode})");
        }

        return client;
    }

    public static MqttApplicationMessage Message(string topic, byte[] payload, MQTTnet.Protocol.MqttQualityOfServiceLevel qos) =>
        new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload).WithQualityOfServiceLevel(qos).Build();
}
