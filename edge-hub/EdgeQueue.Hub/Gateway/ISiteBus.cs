namespace EdgeQueue.Hub.Gateway;

/// <summary>
/// The hub's side of the site broker, whichever it is: the embedded broker (in-process publish and
/// observe) or an external one (the hub as an MQTT client). Everything the hub publishes is QoS 1.
/// </summary>
public interface ISiteBus : IAsyncDisposable
{
    /// <summary>
    /// Raised after the hub (re)connects to an external broker, which may have lost retained messages;
    /// the hub then publishes its retained state again. The embedded broker never raises it.
    /// </summary>
    event Action? Reconnected;

    /// <summary>For the start-up log and the technician page, in Polish as the technician reads it, e.g. "wbudowany broker MQTT, mqtt://0.0.0.0:1883".</summary>
    string Description { get; }

    /// <summary>Binds the listeners or connects.</summary>
    Task StartAsync(CancellationToken cancellationToken);

    ValueTask PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken);

    /// <summary>Observes a topic filter; retained matches arrive first. Handlers of one subscription run one at a time.</summary>
    Task<IAsyncDisposable> SubscribeAsync(
        string topicFilter, Func<SiteMessage, CancellationToken, ValueTask> handler, CancellationToken cancellationToken);

    /// <summary>Publishes the hub's goodbye (retained offline state) and closes.</summary>
    Task StopAsync(ReadOnlyMemory<byte> offlineState, CancellationToken cancellationToken);
}
