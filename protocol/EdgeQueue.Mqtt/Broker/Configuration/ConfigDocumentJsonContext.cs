using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeQueue.Mqtt.Broker.Configuration;

/// <summary>
/// Source-generated reader of the broker configuration file: camelCase, comments and trailing
/// commas allowed, an unknown property is an error.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ConfigDocument))]
internal sealed partial class ConfigDocumentJsonContext : JsonSerializerContext;
