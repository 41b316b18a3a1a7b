using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EdgeQueue.Contracts;

/// <summary>Writes and reads the contract's JSON messages; reading never throws, it explains.</summary>
public static class ContractJson
{
    /// <summary>A payload larger than this is refused before parsing: contract messages are small.</summary>
    public const int MaxPayloadBytes = 16 * 1024;

    /// <summary>Hub ↔ central sync messages carry batches and whole-site snapshots: a larger bound.</summary>
    public const int MaxSyncPayloadBytes = 1024 * 1024;

    // Polish letters are written as UTF-8, not \u escapes: shorter on the wire and readable in
    // mosquitto_sub. The payloads never go into HTML unencoded, so relaxed escaping is safe.
    private static readonly ContractJsonContext Context = new(
        new JsonSerializerOptions(ContractJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });

    public static byte[] Serialize<T>(T message) where T : class =>
        JsonSerializer.SerializeToUtf8Bytes(message, Info<T>());

    public static string SerializeToString<T>(T message) where T : class =>
        JsonSerializer.Serialize(message, Info<T>());

    /// <summary>As a JSON value to embed in another message (a hall event inside a sync batch).</summary>
    public static JsonElement SerializeToElement<T>(T message) where T : class =>
        JsonSerializer.SerializeToElement(message, Info<T>());

    public static T Deserialize<T>(ReadOnlySpan<byte> utf8) where T : class =>
        TryDeserialize<T>(utf8, out var message, out var error) ? message : throw new FormatException(error);

    /// <summary>Parses a message; on failure <paramref name="error"/> says what is wrong and where.</summary>
    public static bool TryDeserialize<T>(
        ReadOnlySpan<byte> utf8,
        [NotNullWhen(true)] out T? message,
        [NotNullWhen(false)] out string? error) where T : class =>
        TryDeserialize(utf8, MaxPayloadBytes, out message, out error);

    /// <summary>As above with another size bound (e.g. <see cref="MaxSyncPayloadBytes"/>).</summary>
    public static bool TryDeserialize<T>(
        ReadOnlySpan<byte> utf8,
        int maxPayloadBytes,
        [NotNullWhen(true)] out T? message,
        [NotNullWhen(false)] out string? error) where T : class
    {
        message = null;
        if (utf8.IsEmpty)
        {
            error = "payload is empty";
            return false;
        }

        if (utf8.Length > maxPayloadBytes)
        {
            error = $"payload of {utf8.Length} bytes exceeds {maxPayloadBytes}";
            return false;
        }

        try
        {
            message = JsonSerializer.Deserialize(utf8, Info<T>());
        }
        catch (JsonException e)
        {
            error = Describe(e);
            return false;
        }
        catch (InvalidOperationException e)
        {
            error = $"invalid JSON: {e.Message}";
            return false;
        }

        if (message is null)
        {
            error = "payload is JSON null, expected an object";
            return false;
        }

        error = null;
        return true;
    }

    private static string Describe(JsonException e)
    {
        var where = e.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
        var first = e.Message.Split(". Path:", 2)[0].TrimEnd('.');
        return $"invalid JSON{where}: {first}";
    }

    private static JsonTypeInfo<T> Info<T>() =>
        Context.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a contract message");
}
