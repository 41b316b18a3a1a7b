using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Serialization;

/// <summary>
/// The one JSON form of events, replies and state: camelCase, enums as strings, event type in a
/// "type" property. Used by the store, the outbox and anyone forwarding events to central.
/// </summary>
public static class QueueJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>The same JSON as UTF-8 bytes: for large values (a state snapshot), which skip the UTF-16 string and its conversion.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize(json, TypeInfo<T>()) ?? throw new JsonException($"'{Truncate(json)}' is not a {typeof(T).Name}");

    /// <summary>
    /// Reads a state written by <see cref="Serialize{T}"/>; string-keyed maps get back their
    /// ordinal ordering (the serializer would build them with the culture's comparer).
    /// </summary>
    public static QueueState DeserializeState(string json) => Ordered(Deserialize<QueueState>(json));

    /// <inheritdoc cref="DeserializeState(string)"/>
    public static QueueState DeserializeState(ReadOnlySpan<byte> utf8) =>
        Ordered(JsonSerializer.Deserialize(utf8, TypeInfo<QueueState>()) ?? throw new JsonException("the state is null"));

    private static QueueState Ordered(QueueState state) =>
        state with
        {
            Categories = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, state.Categories),
            Bookings = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, state.Bookings),
        };

    /// <summary>The generated contract of <typeparamref name="T"/>, bound to <see cref="Options"/>.</summary>
    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "…";

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
            TypeInfoResolver = QueueJsonContext.Default,
        };

        // One converter per enum: the generic form needs no run-time code generation.
        var kebab = JsonNamingPolicy.KebabCaseLower;
        options.Converters.Add(new JsonStringEnumConverter<QueueError>(kebab));
        options.Converters.Add(new JsonStringEnumConverter<TicketPrint>(kebab));
        options.Converters.Add(new JsonStringEnumConverter<TicketKind>(kebab));
        options.Converters.Add(new JsonStringEnumConverter<TicketStatus>(kebab));
        options.Converters.Add(new JsonStringEnumConverter<CallPolicy>(kebab));
        options.MakeReadOnly();
        return options;
    }
}
