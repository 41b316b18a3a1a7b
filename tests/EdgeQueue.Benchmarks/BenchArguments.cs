using System.Globalization;

namespace EdgeQueue.Benchmarks;

/// <summary>
/// Options after the benchmark's name: <c>--seconds N</c>, <c>--count N</c>, <c>--quick</c> and
/// any <c>--key value</c> a benchmark wants to read.
/// </summary>
public sealed class BenchArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    private BenchArguments()
    {
    }

    /// <summary>A short run for CI smoke checks; figures are then indicative only.</summary>
    public bool Quick => _values.ContainsKey("quick");

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new BenchArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{arg}' (options are --name value)");
            }

            var key = arg[2..];
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            parsed._values[key] = hasValue ? args[++i] : "true";
        }

        return parsed;
    }

    public string? Get(string key) => _values.GetValueOrDefault(key);

    public int GetInt(string key, int fallback)
    {
        if (!_values.TryGetValue(key, out var text))
        {
            return fallback;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"--{key} takes a positive whole number, got '{text}'");
    }
}
