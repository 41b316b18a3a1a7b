using System.Text;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Client;

/// <summary>Connecting, activating a connection (re-subscribe, resend), keep-alive and reconnecting.</summary>
public sealed partial class MqttClient
{
    private async Task<(MqttConnection Connection, bool SessionPresent)> OpenAsync(CancellationToken cancellation)
    {
        using var timeout = new CancellationTokenSource(_options.ConnectTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        MqttConnection? connection = null;
        try
        {
            var stream = await _options.Transport.ConnectAsync(linked.Token);
            connection = new MqttConnection(stream, _decoder, _time, OnPacketAsync, OnConnectionClosed);
            connection.Start();
            await connection.SendAsync(BuildConnect(), linked.Token);
            var ack = await connection.ConnAck.Task.WaitAsync(linked.Token);
            if (ack.ReturnCode != ConnectReturnCode.Accepted)
            {
                throw new MqttConnectException(ack.ReturnCode, _options.Transport.Endpoint);
            }

            return (connection, ack.SessionPresent);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
        {
            connection?.Close(new TimeoutException("connect timed out"));
            throw new TimeoutException($"no CONNACK from {_options.Transport.Endpoint} within {_options.ConnectTimeout.TotalSeconds:0.###} s");
        }
        catch
        {
            connection?.Close(new MqttConnectionLostException("connect failed"));
            throw;
        }
    }

    private ConnectPacket BuildConnect() => new()
    {
        ClientId = _options.ClientId,
        CleanSession = _options.CleanSession,
        KeepAliveSeconds = (ushort)Math.Ceiling(_options.KeepAlive.TotalSeconds),
        Username = _options.Username,
        // The cast matters: "null : byte[]" would turn into an empty, present password.
        Password = _options.Password is null ? null : (ReadOnlyMemory<byte>?)Encoding.UTF8.GetBytes(_options.Password),
        Will = _options.Will,
    };

    /// <summary>
    /// Makes an accepted connection the client's: forgets broker-side state that a lost session took
    /// with it, re-subscribes, resends every unacknowledged request in order, then opens the gate for
    /// new packets. A connection that drops meanwhile leaves the rest to the reconnect loop.
    /// </summary>
    private async Task ActivateAsync(MqttConnection connection, bool sessionPresent)
    {
        lock (_gate)
        {
            if (!_wanted || _disposed)
            {
                connection.Close(new MqttConnectionLostException("the client was disconnected while connecting"));
                return;
            }

            _current = connection;
            if (!sessionPresent)
            {
                _incomingQos2.Clear();
                if (_subscriptions.Count > 0)
                {
                    var subscriptions = _subscriptions.Select(s => new MqttSubscription(s.Key, s.Value)).ToList();
                    // Order 0: subscribe before resending publishes, so the client's own messages come back to it.
                    var resubscribe = new PendingRequest(new SubscribePacket(NextPacketId(), subscriptions), order: 0, holdsWindowSlot: false);
                    _pending[IdOf(resubscribe.Packet)] = resubscribe;
                }
            }
        }

        if (connection.IsClosed)
        {
            // Lost between CONNACK and now: its close report may have missed it as the current one.
            OnConnectionClosed(connection, new MqttConnectionLostException("the connection dropped right after CONNACK"));
            return;
        }

        while (true)
        {
            List<MqttPacket> batch;
            lock (_gate)
            {
                if (connection.IsClosed || _current != connection)
                {
                    return;
                }

                var due = _pending.Values.Where(r => r.SentOn != connection).OrderBy(r => r.Order).ToList();
                if (due.Count == 0)
                {
                    _ready = connection;
                    _readySignal.TrySetResult(connection);
                    StartKeepAlive(connection);
                    break;
                }

                batch = new List<MqttPacket>(due.Count);
                foreach (var request in due)
                {
                    batch.Add(request.NextToSend());
                    request.SentOn = connection;
                    request.EverSent = true;
                }
            }

            try
            {
                foreach (var packet in batch)
                {
                    await connection.SendAsync(packet, CancellationToken.None);
                }
            }
            catch (MqttConnectionLostException)
            {
                return;
            }
        }

        Raise(connected: true, sessionPresent, error: null);
    }

    private void OnConnectionClosed(MqttConnection connection, Exception reason)
    {
        connection.ConnAck.TrySetException(reason);
        bool wasCurrent;
        bool reconnect = false;
        lock (_gate)
        {
            wasCurrent = _current == connection;
            if (!wasCurrent)
            {
                return;
            }

            _current = null;
            _ready = null;
            StopKeepAlive();
            if (_readySignal.Task.IsCompleted)
            {
                _readySignal = NewReadySignal();
            }

            if (_wanted && !_disposed && _options.AutoReconnect && !_reconnecting)
            {
                _reconnecting = true;
                reconnect = true;
            }
            else if (!_options.AutoReconnect)
            {
                _wanted = false;
            }
        }

        if (reconnect)
        {
            // The first back-off timer is armed before anyone hears of the loss, so a test that
            // advances a manual clock on that news cannot slip past it.
            StartReconnectLoop(attempt: 0);
        }

        Raise(connected: false, sessionPresent: false, reason);
        if (!reconnect && !_options.AutoReconnect)
        {
            FailPending(new MqttConnectionLostException($"the MQTT connection was lost: {reason.Message}", reason));
        }
    }

    /// <summary>Starts the reconnect loop; <paramref name="attempt"/> -1 tries at once, 0 and up wait that step's back-off first.</summary>
    private void StartReconnectLoop(int attempt)
    {
        CancellationToken stop;
        lock (_gate)
        {
            stop = _run?.Token ?? new CancellationToken(canceled: true);
        }

        var firstWait = attempt < 0 ? Task.CompletedTask : Task.Delay(BackoffDelay(attempt), _time, stop);
        _ = Task.Run(() => ReconnectLoopAsync(firstWait, attempt + 1, stop));
    }

    private async Task ReconnectLoopAsync(Task firstWait, int nextAttempt, CancellationToken stop)
    {
        var ownsFlag = true;
        try
        {
            var wait = firstWait;
            while (true)
            {
                await wait;
                try
                {
                    var (connection, sessionPresent) = await OpenAsync(stop);
                    lock (_gate)
                    {
                        _reconnecting = false;
                        ownsFlag = false;
                    }

                    await ActivateAsync(connection, sessionPresent);
                    return;
                }
                catch (Exception e) when (!stop.IsCancellationRequested)
                {
                    wait = Task.Delay(BackoffDelay(nextAttempt++), _time, stop);
                    Raise(connected: false, sessionPresent: false, e);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Disconnected or disposed while waiting.
        }
        finally
        {
            if (ownsFlag)
            {
                lock (_gate)
                {
                    _reconnecting = false;
                }
            }
        }
    }

    /// <summary>Exponential back-off from the minimum to the maximum delay, each drawn from its upper half.</summary>
    private TimeSpan BackoffDelay(int attempt)
    {
        var ceiling = _options.ReconnectMinDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(ceiling, _options.ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    private void StartKeepAlive(MqttConnection connection)
    {
        StopKeepAlive();
        if (_options.KeepAlive <= TimeSpan.Zero)
        {
            return;
        }

        var tick = TimeSpan.FromTicks(Math.Max(_options.KeepAlive.Ticks / 4, TimeSpan.FromMilliseconds(50).Ticks));
        _keepAliveTimer = _time.CreateTimer(static state => ((KeepAliveState)state!).Tick(), new KeepAliveState(this, connection), tick, tick);
    }

    private void StopKeepAlive()
    {
        _keepAliveTimer?.Dispose();
        _keepAliveTimer = null;
    }

    /// <summary>
    /// Sends PINGREQ when the client has been quiet for half the keep-alive (the broker wants a packet
    /// within 1.5×) or the broker for a whole one; closes the link when no packet at all answers a
    /// PINGREQ within the dead-link timeout — writes to a dead peer succeed for minutes.
    /// </summary>
    private void CheckKeepAlive(MqttConnection connection)
    {
        if (connection.IsClosed)
        {
            return;
        }

        var outstanding = connection.PingOutstandingSince;
        if (outstanding != 0)
        {
            var deadLink = _options.DeadLinkTimeout ?? _options.KeepAlive;
            if (!connection.DeliveryPending && _time.GetElapsedTime(outstanding) >= deadLink)
            {
                connection.Close(new MqttConnectionLostException(
                    $"dead link: no answer from {_options.Transport.Endpoint} within {deadLink.TotalSeconds:0.###} s of PINGREQ"));
            }

            return;
        }

        if (_time.GetElapsedTime(connection.LastSentTimestamp) >= _options.KeepAlive / 2
            || _time.GetElapsedTime(connection.LastReceivedTimestamp) >= _options.KeepAlive)
        {
            connection.PingOutstandingSince = _time.GetTimestamp();
            connection.TrySend(PingReqPacket.Instance);
        }
    }

    private sealed class KeepAliveState(MqttClient client, MqttConnection connection)
    {
        public void Tick() => client.CheckKeepAlive(connection);
    }
}
