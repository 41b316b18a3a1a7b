using System.Text.Json.Serialization;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Serialization;

/// <summary>
/// Source-generated metadata for everything <see cref="QueueJson"/> reads and writes, so the hub
/// serialises without reflection (a Native AOT build has none). A type the store writes must be
/// listed here; <see cref="QueueJson"/> fails loudly for one that is not.
/// </summary>
[JsonSerializable(typeof(QueueEvent))]
[JsonSerializable(typeof(CommandReply))]
[JsonSerializable(typeof(QueueState))]
internal sealed partial class QueueJsonContext : JsonSerializerContext;
