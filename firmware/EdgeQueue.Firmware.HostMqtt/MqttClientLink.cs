using System.Collections.Concurrent;
using EdgeQueue.Firmware.Core.Hardware;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Channel;

namespace EdgeQueue.Firmware.HostMqtt;

/// <summary>
/// The firmware core's <see cref="IMqttLink"/> on MQTTnet's client (through the project's link),
/// behaving like the device's M2Mqtt: blocking connect (will, credentials, persistent session), no
/// automatic reconnect (the core's ConnectionSupervisor reconnects, as on the device), QoS 1
/// publishes handed over without waiting for PUBACK (the core's outbox retransmits until the hub
/// replies), received messages queued for the core's loop. Used by the simulators and the tests.
/// </summary>
public sealed class MqttClientLink : IMqttLink, IAsyncDisposable
{
    private static readonly TimeSpan OperationTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<MqttInbound> _inbound = new();
    private readonly TimeProvider _time;
    private readonly IMqttClientStreamProvider? _streamProvider;
    private MqttLink? _link;
    private Task? _pump;

    /// <param name="time">Back-off and timeouts of the link.</param>
    /// <param name="streamProvider">Opens the byte stream (the simulator's radio that can be cut); null: a plain socket.</param>
    public MqttClientLink(TimeProvider? time = null, IMqttClientStreamProvider? streamProvider = null)
    {
        _time = time ?? TimeProvider.System;
        _streamProvider = streamProvider;
    }

    public bool IsConnected => _link?.IsConnected == true;

    /// <summary>Why the last connect, subscribe or publish failed, for logs and tests.</summary>
    public string? LastError { get; private set; }

    public bool Connect(MqttConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        CloseAsync().AsTask().GetAwaiter().GetResult();
        var link = new MqttLink(new MqttLinkOptions
        {
            Host = options.Host,
            Port = options.Port,
            StreamProvider = _streamProvider,
            ClientId = options.ClientId,
            CleanSession = options.CleanSession,
            Username = options.UserName,
            Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,
            KeepAlive = TimeSpan.FromSeconds(options.KeepAliveSeconds),
            Will = new MqttLinkWill(options.WillTopic, options.WillPayload),
            AutoReconnect = false,
            Timeout = OperationTimeout,
            TimeProvider = _time,
        });
        try
        {
            link.ConnectAsync().WaitAsync(OperationTimeout * 2).GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // The core's contract: a failed connect is false, never an exception.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LastError = "connect: " + e.Message;
            link.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return false;
        }

        _link = link;
        _pump = PumpAsync(link);
        return true;
    }

    public bool Subscribe(string[] topics)
    {
        var link = _link;
        if (link is null)
        {
            return false;
        }

        try
        {
            var refused = link.SubscribeAsync(topics).WaitAsync(OperationTimeout).GetAwaiter().GetResult();
            if (refused.Count > 0)
            {
                LastError = "subscribe: the broker refused " + string.Join(", ", refused) + " (ACL)";
                return false;
            }

            return true;
        }
#pragma warning disable CA1031 // As above: false on failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LastError = "subscribe: " + e.Message;
            return false;
        }
    }

    public bool Publish(string topic, byte[] payload, bool retain)
    {
        var link = _link;
        if (link is null || !link.IsConnected)
        {
            return false;
        }

        Task sending;
        try
        {
            sending = link.PublishAsync(topic, payload, retain: retain);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or MqttOfflineBufferFullException)
        {
            LastError = "publish: " + e.Message;
            return false;
        }

        // Like M2Mqtt's Publish: handed over, acknowledged later. A failure is only noted; the core's
        // outbox (events) or state timer (state) sends again.
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
        var link = _link;
        if (link is null)
        {
            return;
        }

        try
        {
            link.DisconnectAsync().WaitAsync(OperationTimeout).GetAwaiter().GetResult();
        }
        catch (TimeoutException e)
        {
            LastError = "disconnect: " + e.Message;
        }

        CloseAsync().AsTask().GetAwaiter().GetResult();
    }

    public ValueTask DisposeAsync() => CloseAsync();

    private async Task PumpAsync(MqttLink link)
    {
        await foreach (var message in link.Messages.ReadAllAsync())
        {
            _inbound.Enqueue(new MqttInbound(message.Topic, message.Payload.ToArray()));
        }
    }

    private async ValueTask CloseAsync()
    {
        var link = _link;
        _link = null;
        if (link is not null)
        {
            await link.DisposeAsync();
        }

        if (_pump is not null)
        {
            await _pump.WaitAsync(OperationTimeout);
            _pump = null;
        }
    }
}
