using System.Globalization;
using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Hub.Site;
using EdgeQueue.Queue.Configuration;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Central;

/// <summary>
/// A site configuration from central (categories, counters, hours) laid over the site file: the
/// queue's categories and counters are replaced, everything else (devices, printers, rules of §6)
/// stays. Refused with every problem named when the devices of the site file would no longer fit
/// (a dispenser button for a category that is gone, a keypad of a counter that is gone).
/// </summary>
public static class CentralConfiguration
{
    /// <summary>Where the newest accepted configuration from central is kept, in the data folder.</summary>
    public const string FileName = "central-config.json";

    private static readonly string[] WeekdayKeys = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static SiteDefinition Apply(SiteDefinition site, SyncSiteConfig config, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(config);
        var found = new List<string>();
        if (config.Version <= 0)
        {
            found.Add($"version {config.Version} must be positive");
        }

        var categories = config.Categories.Select((c, i) => Category(c, $"categories[{i}]", found)).ToList();
        var counters = config.Counters.Select(c => new CounterDefinition
        {
            Number = c.Number,
            Categories = c.Categories,
            Policy = c.Policy switch
            {
                null or "longestWait" => CallPolicy.LongestWait,
                "strictOrder" => CallPolicy.StrictOrder,
                var other => Problem(found, $"counter {c.Number}: policy '{other}' must be longestWait or strictOrder", CallPolicy.LongestWait),
            },
        }).ToList();
        var queue = site.Queue with { Categories = categories, Counters = counters };
        if (categories.Count == 0 || counters.Count == 0)
        {
            found.Add("a site needs at least one category and one counter");
        }

        found.AddRange(queue.Validate());
        foreach (var device in site.Devices)
        {
            foreach (var (button, prefix) in device.Buttons ?? new Dictionary<string, string>())
            {
                if (queue.FindCategory(prefix) is null)
                {
                    found.Add($"{device.Id}: button {button} issues category {prefix}, which this configuration removes");
                }
            }

            if (device.Counter is { } counter && queue.FindCounter(counter) is null)
            {
                found.Add($"{device.Id}: belongs to counter {counter}, which this configuration removes");
            }
        }

        problems = found;
        return found.Count == 0 ? site with { Queue = queue } : site;
    }

    /// <summary>
    /// At start: the site with the configuration last received from central laid over it, and its
    /// version; the site file's own when there is none, no central link, or it no longer fits.
    /// </summary>
    public static (SiteDefinition Site, int? Version) ApplySaved(SiteDefinition site, string dataFolder, ILogger log)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (site.Central is null)
        {
            return (site, null);
        }

        var saved = Load(dataFolder, out var error);
        if (error is not null)
        {
            log.LogError("Site configuration from central cannot be read, running the site file's: {Error}", error);
        }

        if (saved is null)
        {
            return (site, null);
        }

        var applied = Apply(site, saved, out var problems);
        if (problems.Count > 0)
        {
            log.LogError("Site configuration version {Version} from central does not fit this site file, running the site file's: {Problems}",
                saved.Version, string.Join("; ", problems));
            return (site, null);
        }

        log.LogInformation("Running site configuration version {Version} from central: {Categories} categories, {Counters} counters",
            saved.Version, applied.Queue.Categories.Count, applied.Queue.Counters.Count);
        return (applied, saved.Version);
    }

    /// <summary>The configuration saved in <paramref name="dataFolder"/>, or null when there is none or it cannot be read.</summary>
    public static SyncSiteConfig? Load(string dataFolder, out string? error)
    {
        error = null;
        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        if (ContractJson.TryDeserialize<SyncSiteConfig>(File.ReadAllBytes(path), ContractJson.MaxSyncPayloadBytes, out var config, out var why))
        {
            return config;
        }

        error = $"{path}: {why}";
        return null;
    }

    /// <summary>Writes the configuration durably (temporary file, fsync, rename).</summary>
    public static void Save(string dataFolder, SyncSiteConfig config)
    {
        var path = Path.Combine(dataFolder, FileName);
        var temporary = path + ".tmp";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(ContractJson.Serialize(config));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static CategoryDefinition Category(SyncCategory c, string at, List<string> problems)
    {
        var hours = new Dictionary<DayOfWeek, DailyHours>();
        foreach (var (key, value) in c.Hours)
        {
            var day = Array.IndexOf(WeekdayKeys, key);
            var parts = value.Split('-');
            if (day < 0 || parts.Length != 2 || !TryParseTime(parts[0], out var open) || !TryParseTime(parts[1], out var close))
            {
                problems.Add($"{at}.hours.{key}: '{value}' must be a weekday mon-sun with HH:mm-HH:mm");
                continue;
            }

            hours[(DayOfWeek)((day + 1) % 7)] = new DailyHours(open, close);
        }

        if (c.ServiceMinutes is <= 0 || c.IssueCutoffMinutes is < 0)
        {
            problems.Add($"{at}: serviceMinutes must be positive and issueCutoffMinutes not negative");
        }

        return new CategoryDefinition
        {
            Prefix = c.Prefix,
            Name = c.Name,
            Hours = hours,
            DailyLimit = c.DailyLimit,
            IssueCutoff = TimeSpan.FromMinutes(Math.Max(0, c.IssueCutoffMinutes ?? 0)),
            DefaultServiceTime = TimeSpan.FromMinutes(Math.Max(1, c.ServiceMinutes ?? 5)),
        };
    }

    private static bool TryParseTime(string text, out TimeOnly time)
    {
        if (text.Trim() == "24:00")
        {
            time = TimeOnly.MaxValue;
            return true;
        }

        return TimeOnly.TryParseExact(text.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static T Problem<T>(List<string> problems, string problem, T fallback)
    {
        problems.Add(problem);
        return fallback;
    }
}
