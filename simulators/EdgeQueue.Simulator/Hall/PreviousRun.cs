using System.Globalization;
using EdgeQueue.Hub.Queue;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// A demo run again into the same output folder starts a new day: the previous run's hub data
/// (its own scratch folder under the output) is moved aside, named by when it was last written, so
/// nothing is lost and nothing is refused. A data folder the user named is never touched.
/// </summary>
internal static class PreviousRun
{
    /// <summary>Moves <paramref name="dataFolder"/> aside when it holds a hub database; returns where it went, or null.</summary>
    public static string? MoveAside(string dataFolder)
    {
        var database = Path.Combine(dataFolder, StoredSiteQueue.FileName);
        if (!File.Exists(database))
        {
            return null;
        }

        var stamp = File.GetLastWriteTimeUtc(database).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        var target = $"{dataFolder.TrimEnd(Path.DirectorySeparatorChar)}-previous-{stamp}";
        for (var n = 2; Directory.Exists(target); n++)
        {
            target = string.Create(CultureInfo.InvariantCulture, $"{dataFolder.TrimEnd(Path.DirectorySeparatorChar)}-previous-{stamp}-{n}");
        }

        Directory.Move(dataFolder, target);
        return target;
    }
}
