using System.Globalization;
using System.Text.Json;
using EdgeQueue.Hub.Central;
using EdgeQueue.Hub.Site.Validation;

namespace EdgeQueue.Hub.Site;

/// <summary>
/// Reads and validates a site file. Every problem is reported with the JSON path of its field
/// (<c>devices[2].printer</c>), so a technician can fix the file without reading code.
/// </summary>
public static class SiteFileLoader
{
    public static SiteDefinition Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SiteFileException($"site file {path} cannot be read: {e.Message}", e);
        }

        return Parse(text, path);
    }

    /// <summary>Parses site file text; <paramref name="name"/> names it in error messages.</summary>
    public static SiteDefinition Parse(string json, string name = "(site file)")
    {
        SiteFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, SiteFileJsonContext.Default.SiteFile);
        }
        catch (JsonException e)
        {
            throw new SiteFileException(name, [DescribeJsonError(e)]);
        }

        if (file is null)
        {
            throw new SiteFileException(name, ["the file holds JSON null, expected an object"]);
        }

        var problems = new List<string>();
        var definition = new SiteFileValidator(file, new SiteProblems(problems)).Build();
        var central = CentralLinkSettings.FromSection(file.Central, File.Exists(name) ? Path.GetDirectoryName(Path.GetFullPath(name)) : null, problems);
        if (problems.Count > 0 || definition is null)
        {
            throw new SiteFileException(name, problems);
        }

        return definition with { Central = central };
    }

    private static string DescribeJsonError(JsonException e)
    {
        var path = e.Path is { Length: > 1 } p ? p.TrimStart('$', '.') : "(top level)";
        var line = e.LineNumber is { } n ? string.Create(CultureInfo.InvariantCulture, $" (line {n + 1})") : string.Empty;
        if (e.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"{path}: unknown field{line}; check its spelling against edge-hub/README.md";
        }

        var reason = e.Message.Split(". Path:", 2)[0].TrimEnd('.');
        return $"{path}: {reason}{line}";
    }
}
