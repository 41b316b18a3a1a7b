using System.Text.Json.Serialization;

namespace EdgeQueue.Mqtt.Broker.Persistence;

/// <summary>
/// Source-generated form of the broker's state files (retained messages, persistent sessions).
/// Default options on purpose: the files written before keep reading the same.
/// </summary>
[JsonSerializable(typeof(List<StoredMessage>))]
[JsonSerializable(typeof(List<StoredSession>))]
internal sealed partial class BrokerStateJsonContext : JsonSerializerContext;
