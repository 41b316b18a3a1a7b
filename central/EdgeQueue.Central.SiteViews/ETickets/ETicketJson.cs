using System.Text.Json;
using System.Text.Json.Serialization;

namespace EdgeQueue.Central.SiteViews.ETickets;

/// <summary>The e-ticket view as the page's script reads it: camelCase, places as kebab-case strings.</summary>
public static class ETicketJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(ETicketView view) => JsonSerializer.Serialize(view, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
