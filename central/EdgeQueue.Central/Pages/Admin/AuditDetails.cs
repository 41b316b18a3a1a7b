using System.Text.Json;

namespace EdgeQueue.Central.Pages.Admin;

/// <summary>Shows an audit entry's details readably: a JSON object becomes "field: value" pairs in Polish, other text stays as it is.</summary>
public static class AuditDetails
{
    public static IReadOnlyList<string> Lines(string details)
    {
        if (!details.TrimStart().StartsWith('{'))
        {
            return [details];
        }

        try
        {
            using var document = JsonDocument.Parse(details);
            return [.. document.RootElement.EnumerateObject().Select(property => $"{AuditWords.Field(property.Name)}: {Value(property.Value)}")];
        }
        catch (JsonException)
        {
            return [details];
        }
    }

    private static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Value)),
        JsonValueKind.Null => "—",
        _ => value.GetRawText(),
    };
}
