using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// Source-generated reader of the site file: camelCase, comments and trailing commas allowed (a
/// technician edits it by hand), an unknown field is an error, not ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(SiteFile))]
internal sealed partial class SiteFileJsonContext : JsonSerializerContext;
