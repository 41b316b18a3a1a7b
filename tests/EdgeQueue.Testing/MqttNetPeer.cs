using System.Text;
using System.Threading.Channels;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace EdgeQueue.Testing;

/// <summary>
/// MQTTnet 5's client (MQTT 3.1.1) as an independent peer in tests: the same broker checked from
/// outside by an implementation that is not ours. Received messages (acknowledged by MQTTnet once
/// queued here) are read in order with <see cref="NextAsync"/>.
/// </summary>
public sealed class MqttNetPeer : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly IMqttClient _client;
    private readonly Channel<(string Topic, string Payload)> _received = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource _disconnected = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private MqttNetPeer(IMqttClient client)
    {
        _client = client;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            _received.Writer.TryWrite((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload)));
            return Task.CompletedTask;
        };
        _client.DisconnectedAsync += _ =>
        {
            _disconnected.TrySetResult();
            return Task.CompletedTask;
        };
    }

    public bool IsConnected => _client.IsConnected;

    /// <summary>Completes when the broker (or the network) ends the connection.</summary>
    public Task Disconnected => _disconnected.Task;

    /// <summary>Messages received and not yet taken by <see cref="NextAsync"/>.</summary>
    public int Waiting => _received.Reader.Count;

    /// <summary>Connects; the CONNACK code (v5 returns a refusal instead of throwing) and, when accepted, the peer.</summary>
    public static async Task<(MqttClientConnectResultCode Code, MqttNetPeer? Peer)> TryConnectAsync(
        int port, string clientId, string? username = null, string? password = null, bool cleanSession = true, string host = "127.0.0.1")
    {
        var client = new MqttClientFactory().CreateMqttClient();
        var peer = new MqttNetPeer(client);
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithProtocolVersion(MqttProtocolVersion.V311)
            .WithClientId(clientId)
            .WithCleanSession(cleanSession)
            .WithTimeout(Patience);
        if (username is not null)
        {
            builder = builder.WithCredentials(username, password);
        }

        using var timeout = new CancellationTokenSource(Patience);
        var result = await client.ConnectAsync(builder.Build(), timeout.Token);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            client.Dispose();
            return (result.ResultCode, null);
        }

        return (result.ResultCode, peer);
    }

    /// <summary>Connects or fails the test with the CONNACK code.</summary>
    public static async Task<MqttNetPeer> ConnectAsync(
        int port, string clientId, string? username = null, string? password = null, bool cleanSession = true, string host = "127.0.0.1")
    {
        var (code, peer) = await TryConnectAsync(port, clientId, username, password, cleanSession, host);
        return peer ?? throw new InvalidOperationException($"client '{clientId}' (user '{username}') was refused: CONNACK {code}");
    }

    /// <returns>The granted QoS, or <see cref="MqttClientSubscribeResultCode.UnspecifiedError"/> (0x80) when refused.</returns>
    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string topicFilter, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var result = await _client.SubscribeAsync(
            new MqttClientSubscribeOptionsBuilder().WithTopicFilter(topicFilter, qos).Build(), timeout.Token);
        return result.Items.Single().ResultCode;
    }

    /// <summary>Publishes and, for QoS 1 and 2, completes when the broker acknowledged it.</summary>
    public Task PublishAsync(string topic, string payload, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, bool retain = false) =>
        PublishAsync(topic, Encoding.UTF8.GetBytes(payload), qos, retain);

    public async Task PublishAsync(string topic, byte[] payload, MqttQualityOfServiceLevel qos = MqttQualityOfServiceLevel.AtLeastOnce, bool retain = false)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(qos)
            .WithRetainFlag(retain)
            .Build();
        var result = await _client.PublishAsync(message, CancellationToken.None);
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException($"publish to {topic} failed: {result.ReasonCode}");
        }
    }

    /// <summary>The next message received, in order; fails after <paramref name="timeout"/> (default <see cref="Patience"/>).</summary>
    public async Task<(string Topic, string Payload)> NextAsync(TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? Patience);
        try
        {
            return await _received.Reader.ReadAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no message within {(timeout ?? Patience).TotalSeconds} s");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build());
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException or ObjectDisposedException)
            {
                // Already gone.
            }
        }

        _client.Dispose();
    }
}
