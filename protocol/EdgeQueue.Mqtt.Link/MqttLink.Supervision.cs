using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Protocol;

namespace EdgeQueue.Mqtt.Link;

/// <summary>Connecting, noticing a lost link and reconnecting with back-off.</summary>
public sealed partial class MqttLink
{
    private async Task SuperviseAsync(CancellationToken stop, bool connected)
    {
        var attempt = 0;
        while (!stop.IsCancellationRequested)
        {
            if (!connected)
            {
                try
                {
                    await OpenAsync(stop);
                    attempt = 0;
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    return;
                }
#pragma warning disable CA1031 // Any failed attempt is reported and retried; the owner decides what to log.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    _logger.LogDebug("MQTT link to {Endpoint}: attempt failed: {Error}", _options.Endpoint, e.Message);
                    Raise(connected: false, sessionPresent: false, e);
                    if (!await BackOffAsync(attempt++, stop))
                    {
                        return;
                    }

                    continue;
                }
            }

            connected = false;
            Task<Exception?> lost;
            lock (_gate)
            {
                lost = _lost.Task;
            }

            Exception? error;
            try
            {
                error = await lost.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            MarkLost();
            _logger.LogDebug("MQTT link to {Endpoint} lost: {Error}", _options.Endpoint, error?.Message ?? "closed by the broker");
            if (!_options.AutoReconnect)
            {
                StopWanting();
            }

            Raise(connected: false, sessionPresent: false, error ?? new MqttLinkClosedException($"{_options.Endpoint} closed the connection"));
            if (!_options.AutoReconnect)
            {
                return;
            }

            if (!await BackOffAsync(attempt++, stop))
            {
                return;
            }
        }
    }

    /// <summary>One attempt: CONNECT, re-subscribe if the broker has no session for us, then ready.</summary>
    private async Task<MqttClientConnectResult> OpenAsync(CancellationToken cancellation)
    {
        TaskCompletionSource<Exception?> lost;
        lock (_gate)
        {
            lost = _lost = NewLostSignal();
        }

        MqttClientConnectResult result;
        using (var timeout = new CancellationTokenSource(_options.Timeout, _time))
        using (var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token))
        {
            try
            {
                result = await _client.ConnectAsync(_clientOptions, linked.Token);
            }
            catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"{_options.Endpoint} did not answer CONNECT within {_options.Timeout.TotalSeconds:0.#} s", e);
            }
        }

        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            throw new MqttLinkRefusedException(result.ResultCode, _options.Endpoint);
        }

        try
        {
            await SubscribeBeforeReadyAsync(renew: !result.IsSessionPresent, cancellation);
        }
        catch
        {
            // Close this connection and wait for its end, so its late DisconnectedAsync cannot end the next one.
            await CloseQuietlyAsync();
            await ((Task)lost.Task).WaitAsync(_options.Timeout, _time, CancellationToken.None).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }

        _logger.LogDebug("MQTT link to {Endpoint} up (session present: {SessionPresent})", _options.Endpoint, result.IsSessionPresent);
        Raise(connected: true, result.IsSessionPresent, error: null);
        return result;
    }

    /// <summary>
    /// Before the link is ready: renews the granted subscriptions when the broker lost the session,
    /// and sends the ones asked for while offline, so no publish of this connection overtakes them.
    /// </summary>
    private async Task SubscribeBeforeReadyAsync(bool renew, CancellationToken cancellation)
    {
        while (true)
        {
            List<PendingSubscription> pending;
            List<(string Filter, MqttQualityOfServiceLevel Qos)> renewals;
            lock (_gate)
            {
                pending = [.. _pendingSubscriptions];
                _pendingSubscriptions.Clear();
                renewals = renew ? [.. _subscriptions.Select(s => (s.Key, s.Value))] : [];
                if (pending.Count == 0 && renewals.Count == 0)
                {
                    // Nothing more to send: from here on SubscribeAsync goes straight to the connection.
                    _ready.TrySetResult();
                    return;
                }
            }

            renew = false;
            try
            {
                if (renewals.Count > 0)
                {
                    var renewed = await _client.SubscribeAsync(SubscribeOptions(renewals), cancellation);
                    foreach (var item in renewed.Items.Where(i => !IsGranted(i.ResultCode)))
                    {
                        lock (_gate)
                        {
                            _subscriptions.Remove(item.TopicFilter.Topic);
                        }

                        _logger.LogWarning("{Endpoint} refused the renewed subscription to {Filter} ({Code}); it is dropped",
                            _options.Endpoint, item.TopicFilter.Topic, item.ResultCode);
                    }
                }

                foreach (var request in pending)
                {
                    var result = await _client.SubscribeAsync(SubscribeOptions(request.Filters.Select(f => (f, request.QualityOfService))), cancellation);
                    request.Result.TrySetResult(Record(result, request.QualityOfService));
                }
            }
            catch
            {
                lock (_gate)
                {
                    // Asked again on the next connection.
                    _pendingSubscriptions.InsertRange(0, pending.Where(p => !p.Result.Task.IsCompleted));
                }

                throw;
            }
        }
    }

    /// <summary>Without auto-reconnect: the link is down for good until the owner connects again.</summary>
    private void StopWanting()
    {
        lock (_gate)
        {
            _wanted = false;
            FailPendingSubscriptions();
        }

        foreach (var publish in _outgoing.RemoveAll())
        {
            Finish(publish, new MqttLinkClosedException($"the link to {_options.Endpoint} was lost before the message was sent"));
        }
    }

    private void MarkLost()
    {
        lock (_gate)
        {
            if (_ready.Task.IsCompleted)
            {
                _ready = NewSignal();
            }
        }
    }

    private async Task CloseQuietlyAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(_options.Timeout);
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().Build(), timeout.Token);
        }
        catch (Exception e) when (IsLinkFailure(e) || e is InvalidOperationException)
        {
            _logger.LogDebug("Closing the MQTT link to {Endpoint}: {Error}", _options.Endpoint, e.Message);
        }
    }

    /// <returns>False when stopped while waiting.</returns>
    private async Task<bool> BackOffAsync(int attempt, CancellationToken stop)
    {
        var delay = ReconnectBackoff.Delay(attempt, _options.ReconnectMinDelay, _options.ReconnectMaxDelay, Random.Shared.NextDouble());
        try
        {
            await Task.Delay(delay, _time, stop);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
