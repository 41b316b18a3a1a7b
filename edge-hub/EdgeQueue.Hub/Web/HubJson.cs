using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace EdgeQueue.Hub.Web;

/// <summary>JSON of the hub's own HTTP views (camelCase, Polish letters unescaped, nulls kept out).</summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    /// <summary>A request body in the same JSON (camelCase names); throws <see cref="JsonException"/> on a wrong one.</summary>
    public static ValueTask<T?> DeserializeAsync<T>(Stream body, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync(body, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)), cancellationToken);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = HubJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}
