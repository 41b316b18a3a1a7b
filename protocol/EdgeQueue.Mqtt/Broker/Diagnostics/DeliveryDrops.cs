using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using EdgeQueue.Mqtt.Packets;

namespace EdgeQueue.Mqtt.Broker.Diagnostics;

/// <summary>
/// Messages the broker did not deliver to a client: counted in total and per client id (for the
/// host's health page) and logged at Warning with the client, topic and reason, summarised in a flood.
/// </summary>
internal sealed class DeliveryDrops(RepeatedWarnings warnings)
{
    /// <summary>Client ids counted one by one; drops to further ones count only in the total (a flood of random ids stays small).</summary>
    public const int MaxClientsCounted = 1000;

    private readonly ConcurrentDictionary<string, StrongBox<long>> _byClient = new(StringComparer.Ordinal);
    private long _total;

    public long Total => Interlocked.Read(ref _total);

    public IReadOnlyDictionary<string, long> ByClient =>
        _byClient.ToDictionary(e => e.Key, e => Interlocked.Read(ref e.Value.Value), StringComparer.Ordinal);

    public void Record(string clientId, string topic, MqttQualityOfService qualityOfService, string reason)
    {
        Interlocked.Increment(ref _total);
        if (!_byClient.TryGetValue(clientId, out var count) && _byClient.Count < MaxClientsCounted)
        {
            count = _byClient.GetOrAdd(clientId, static _ => new StrongBox<long>());
        }

        if (count is not null)
        {
            Interlocked.Increment(ref count.Value);
        }

        warnings.Report($"drop {clientId} {reason}",
            $"Dropped a QoS {(int)qualityOfService} message to client {clientId} on '{topic}': {reason}");
    }
}
