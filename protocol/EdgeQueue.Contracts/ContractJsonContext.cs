using System.Text.Json.Serialization;
using EdgeQueue.Contracts.Messages;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Contracts.Messages.Sync.Events;

namespace EdgeQueue.Contracts;

/// <summary>
/// Source-generated JSON for every contract message: camelCase, nulls left out, required
/// constructor parameters and nullable annotations enforced, unknown members ignored (a newer
/// device may add fields).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(DeviceEvent))]
[JsonSerializable(typeof(DeviceReply))]
[JsonSerializable(typeof(DeviceState))]
[JsonSerializable(typeof(DeviceConfig))]
[JsonSerializable(typeof(DeviceShow))]
[JsonSerializable(typeof(HallCalls))]
[JsonSerializable(typeof(HubState))]
[JsonSerializable(typeof(SyncEventBatch))]
[JsonSerializable(typeof(HallEvent))]
[JsonSerializable(typeof(SyncAck))]
[JsonSerializable(typeof(SyncBookingBatch))]
[JsonSerializable(typeof(SyncSiteConfig))]
[JsonSerializable(typeof(SyncSiteStatus))]
[JsonSerializable(typeof(SyncDeviceList))]
internal sealed partial class ContractJsonContext : JsonSerializerContext;
