using System.Collections.Concurrent;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>
/// The firmware core's <see cref="IMqttLink"/> over EdgeQueue.Mqtt's client, behaving like the
/// device's M2Mqtt link: blocking connect (with will, credentials, persistent session), no automatic
/// reconnect (the core's ConnectionSupervisor reconnects, as on the device), QoS 1 publishes handed
/// to the connection without waiting for PUBACK (the core's outbox retransmits until the hub
/// replies), received messages queued for the core's loop.
/// </summary>
public sealed class MqttClientLink : IMqttLink, IAsyncDisposable
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<MqttInbound> _inbound = new();
    private readonly TimeProvider _time;
    private MqttClient? _client;
    private Task? _pump;

    public MqttClientLink(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public bool IsConnected => _client?.IsConnected == true;

    /// <summary>Why the last connect, subscribe or publish failed, for logs and tests.</summary>
    public string? LastError { get; private set; }

    public bool Connect(MqttConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CloseAsync().AsTask().GetAwaiter().GetResult();
        var client = new MqttClient(new MqttClientOptions
        {
            Transport = new TcpTransportFactory(options.Host, options.Port),
            ClientId = options.ClientId,
            CleanSession = options.CleanSession,
            Username = options.UserName,
            Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,
            KeepAlive = TimeSpan.FromSeconds(options.KeepAliveSeconds),
            Will = new MqttWill
            {
                Topic = options.WillTopic,
                Payload = options.WillPayload,
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                Retain = true,
            },
            AutoReconnect = false,
            ConnectTimeout = OperationTimeout,
            TimeProvider = _time,
        });
        try
        {
            client.ConnectAsync().WaitAsync(OperationTimeout * 2).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is MqttConnectException or TimeoutException or IOException or System.Net.Sockets.SocketException or OperationCanceledException)
        {
            LastError = "connect: " + e.Message;
            client.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return false;
        }

        _client = client;
        _pump = PumpAsync(client);
        return true;
    }

    public bool Subscribe(string[] topics)
    {
        var client = _client;
        if (client is null)
        {
            return false;
        }

        try
        {
            var codes = client.SubscribeAsync(topics.Select(t => new MqttSubscription(t, MqttQualityOfService.AtLeastOnce)).ToList())
                .WaitAsync(OperationTimeout).GetAwaiter().GetResult();
            if (codes.Any(c => c == SubscribeReturnCode.Failure))
            {
                LastError = "subscribe: the broker refused a topic (ACL)";
                return false;
            }

            return true;
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException or OperationCanceledException or MqttConnectionLostException)
        {
            LastError = "subscribe: " + e.Message;
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload, bool retain)
    {
        var client = _client;
        if (client is null || !client.IsConnected)
        {
            return false;
        }

        // Like M2Mqtt's Publish: handed over, acknowledged later. A failure is only logged; the
        // core's outbox (events) or state timer (state) sends again.
        var sending = client.PublishAsync(topic, payload, MqttQualityOfService.AtLeastOnce, retain);
        _ = sending.ContinueWith(
            t => LastError = "publish: " + t.Exception?.GetBaseException().Message,
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted,
            TaskScheduler.Default);
        return true;
    }

    public MqttInbound? Receive() => _inbound.TryDequeue(out var message) ? message : null;

    public void Disconnect()
    {
        var client = _client;
        if (client is null)
        {
            return;
        }

        try
        {
            client.DisconnectAsync().WaitAsync(OperationTimeout).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is TimeoutException or IOException or OperationCanceledException)
        {
            LastError = "disconnect: " + e.Message;
        }

        CloseAsync().AsTask().GetAwaiter().GetResult();
    }

    public ValueTask DisposeAsync() => CloseAsync();

    private async Task PumpAsync(MqttClient client)
    {
        try
        {
            await foreach (var message in client.Messages.ReadAllAsync())
            {
                _inbound.Enqueue(new MqttInbound(message.Topic, message.Payload.ToArray()));
            }
        }
        catch (OperationCanceledException)
        {
            // The client was disposed.
        }
    }

    private async ValueTask CloseAsync()
    {
        var client = _client;
        _client = null;
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        if (_pump is not null)
        {
            await _pump.WaitAsync(OperationTimeout).ConfigureAwait(false);
            _pump = null;
        }
    }
}
