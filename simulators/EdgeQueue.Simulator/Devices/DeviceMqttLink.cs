using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Mqtt.Client;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Simulator.Devices;

/// <summary>
/// The firmware core's <see cref="IMqttLink"/> over the project's own MQTT client: what the board's
/// M2Mqtt adapter does on the ESP32. Each connect is a fresh client (the core's supervisor owns
/// reconnecting, so the client's own auto-reconnect is off); publishes are handed over without
/// waiting for the PUBACK, received messages wait in the client's channel for the core's loop.
/// </summary>
internal sealed class DeviceMqttLink : IMqttLink, IAsyncDisposable
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    private readonly string _deviceId;
    private readonly SeverableTransportFactory _transport;
    private readonly IWireTap _tap;
    private readonly Lock _gate = new();
    private MqttClient? _client;

    public DeviceMqttLink(string deviceId, string host, int port, IWireTap tap)
    {
        _deviceId = deviceId;
        _transport = new SeverableTransportFactory(host, port);
        _tap = tap;
    }

    public bool IsConnected => Current?.IsConnected == true;

    private MqttClient? Current
    {
        get
        {
            lock (_gate)
            {
                return _client;
            }
        }
    }

    public bool Connect(MqttConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DropCurrent();
        var client = new MqttClient(new MqttClientOptions
        {
            Transport = _transport,
            ClientId = options.ClientId,
            CleanSession = options.CleanSession,
            Username = options.UserName,
            Password = options.Password,
            KeepAlive = TimeSpan.FromSeconds(options.KeepAliveSeconds),
            ConnectTimeout = ConnectTimeout,
            AutoReconnect = false,
            Will = new MqttWill
            {
                Topic = options.WillTopic,
                Payload = options.WillPayload,
                QualityOfService = MqttQualityOfService.AtLeastOnce,
                Retain = true,
            },
        });
        try
        {
            using var timeout = new CancellationTokenSource(ConnectTimeout * 2);
            client.ConnectAsync(timeout.Token).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The core's contract: a failed connect is false, never an exception.
        catch (Exception)
#pragma warning restore CA1031
        {
            _ = client.DisposeAsync().AsTask();
            return false;
        }

        lock (_gate)
        {
            _client = client;
        }

        return true;
    }

    public bool Subscribe(string[] topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var client = Current;
        if (client is null)
        {
            return false;
        }

        try
        {
            using var timeout = new CancellationTokenSource(ConnectTimeout);
            var subscriptions = topics.Select(t => new MqttSubscription(t, MqttQualityOfService.AtLeastOnce)).ToList();
            client.SubscribeAsync(subscriptions, timeout.Token).GetAwaiter().GetResult();
            return true;
        }
#pragma warning disable CA1031 // As above: false on failure.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload, bool retain)
    {
        var client = Current;
        if (client is null || !client.IsConnected)
        {
            return false;
        }

        _tap.Sent(_deviceId, topic, payload);
        var sending = client.PublishAsync(topic, payload, MqttQualityOfService.AtLeastOnce, retain);

        // The core retransmits unanswered events itself; a publish lost with the link is not an error here.
        sending.ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);
        return true;
    }

    public MqttInbound? Receive()
    {
        var client = Current;
        if (client is null || !client.Messages.TryRead(out var message))
        {
            return null;
        }

        _tap.Received(_deviceId, message.Topic, message.Payload);
        return new MqttInbound(message.Topic, message.Payload.ToArray());
    }

    public void Disconnect()
    {
        var client = Current;
        if (client is null)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(ConnectTimeout);
            client.DisconnectAsync(timeout.Token).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Disconnect never throws to the core.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>The radio went away: the TCP connection ends without a DISCONNECT.</summary>
    public void Sever() => _transport.Sever();

    public async ValueTask DisposeAsync()
    {
        MqttClient? client;
        lock (_gate)
        {
            client = _client;
            _client = null;
        }

        if (client is not null)
        {
            await client.DisposeAsync();
        }
    }

    private void DropCurrent()
    {
        MqttClient? old;
        lock (_gate)
        {
            old = _client;
            _client = null;
        }

        if (old is not null)
        {
            _ = old.DisposeAsync().AsTask();
        }
    }
}
