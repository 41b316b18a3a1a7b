using System.Text.Encodings.Web;
using System.Text.Json;

namespace EdgeQueue.Hub.Web;

/// <summary>JSON of the hub's own HTTP views (camelCase, Polish letters unescaped, nulls kept out).</summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
