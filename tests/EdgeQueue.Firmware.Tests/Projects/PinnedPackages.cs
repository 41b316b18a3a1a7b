using System.Text.Json;
using System.Xml.Linq;

namespace EdgeQueue.Firmware.Tests.Projects;

/// <summary>
/// Checks a packages.config against <c>firmware/nanoframework/package-dependencies.json</c> (each
/// pinned package's dependency ranges, from its .nuspec): every pinned package version must be
/// recorded there, and each of its dependencies pinned too, at a version inside the range. What a
/// compiler given exactly these pins would otherwise report as CS1705 is a line here.
/// </summary>
public sealed class PinnedPackages
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _ranges;

    public PinnedPackages(string dependencyFileJson)
    {
        using var document = JsonDocument.Parse(dependencyFileJson);
        _ranges = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var package in document.RootElement.GetProperty("packages").EnumerateArray())
        {
            var key = Key(package.GetProperty("id").GetString()!, package.GetProperty("version").GetString()!);
            _ranges[key] = package.GetProperty("dependencies").EnumerateObject()
                .ToDictionary(d => d.Name, d => d.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        }
    }

    public static IReadOnlyDictionary<string, string> ReadPackagesConfig(string xml) =>
        XDocument.Parse(xml).Descendants("package")
            .ToDictionary(p => p.Attribute("id")!.Value, p => p.Attribute("version")!.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>One line per unmet range or unrecorded package; empty when the pins build together.</summary>
    public IReadOnlyList<string> Check(IReadOnlyDictionary<string, string> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        var problems = new List<string>();
        foreach (var (id, version) in pins)
        {
            if (!_ranges.TryGetValue(Key(id, version), out var dependencies))
            {
                problems.Add($"{id} {version}: its dependency ranges are not recorded in package-dependencies.json");
                continue;
            }

            foreach (var (dependency, rangeText) in dependencies)
            {
                var range = NuGetVersionRange.Parse(rangeText);
                if (!pins.TryGetValue(dependency, out var pinned))
                {
                    problems.Add($"{id} {version} needs {dependency} {rangeText}, which is not pinned");
                }
                else if (!range.Contains(Version.Parse(pinned)))
                {
                    problems.Add($"{id} {version} needs {dependency} {rangeText}, pinned {pinned}");
                }
            }
        }

        return problems;
    }

    private static string Key(string id, string version) => id + "/" + version;
}
