namespace EdgeQueue.Mqtt.Link;

/// <summary>Handing publishes to the connection: oldest first, at most MaxInFlight unacknowledged, resent after a drop.</summary>
public sealed partial class MqttLink
{
    private async Task PumpAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await _window.WaitAsync(stop);
                OutgoingPublish publish;
                try
                {
                    await WhenReadyAsync(stop);
                    publish = await _outgoing.TakeAsync(stop);
                }
                catch
                {
                    _window.Release();
                    throw;
                }

                _ = SendAsync(publish);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Like <see cref="WaitReadyAsync"/>, but for the pump: a disconnect just means waiting for the next start.</summary>
    private async Task WhenReadyAsync(CancellationToken stop)
    {
        while (true)
        {
            Task ready;
            lock (_gate)
            {
                ready = _ready.Task;
            }

            await ready.WaitAsync(stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            stop.ThrowIfCancellationRequested();
            if (ready.IsCompletedSuccessfully)
            {
                return;
            }
        }
    }

    private async Task SendAsync(OutgoingPublish publish)
    {
        try
        {
            var result = await _client.PublishAsync(publish.NextAttempt(), _lifetime.Token);
            Finish(publish, result.IsSuccess
                ? null
                : new InvalidOperationException($"{_options.Endpoint} refused the message: {result.ReasonCode} {result.ReasonString}"));
        }
        catch (Exception e) when (IsLinkFailure(e) && IsWanted())
        {
            // Cut by a dropped link: back in its place, sent again (with DUP) once the link is back.
            // Not ready any more from here on, so the pump waits instead of spinning on a dead connection.
            if (!_client.IsConnected)
            {
                MarkLost();
            }

            _outgoing.Add(publish);
        }
        catch (Exception e) when (IsLinkFailure(e))
        {
            Finish(publish, new MqttLinkClosedException("the MQTT link was closed before the broker acknowledged the message", e));
        }
#pragma warning disable CA1031 // Anything else (a message the broker's protocol version cannot carry) fails that publish alone.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Finish(publish, e);
        }
        finally
        {
            _window.Release();
        }
    }

    private bool IsWanted()
    {
        lock (_gate)
        {
            return _wanted && !_lifetime.IsCancellationRequested;
        }
    }
}
