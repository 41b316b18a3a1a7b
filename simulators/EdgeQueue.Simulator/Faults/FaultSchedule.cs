using System.Globalization;
using System.Text.RegularExpressions;

namespace EdgeQueue.Simulator.Faults;

/// <summary>
/// Reads <c>--fault</c> values: <c>KIND[:DEVICE]@HH:MM[+DURATION]</c>, a time of the simulated day
/// and a duration in s, m or h (<c>hub-kill@10:30</c>, <c>broker-restart@11:00+2m</c>,
/// <c>wifi-cut:disp-02@12:00+5m</c>, <c>paper-out:disp-01@13:00+20m</c>). A value that does not
/// parse is refused with what is wrong and an example; nothing is half-applied.
/// </summary>
public static partial class FaultSchedule
{
    public const string Syntax = "KIND[:DEVICE]@HH:MM[+DURATION], KIND one of hub-kill, broker-restart, wifi-cut:DEVICE, paper-out:DISPENSER; DURATION like 90s, 5m, 1h";

    private static readonly TimeSpan DefaultBrokerDown = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan DefaultWifiCut = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan DefaultPaperOut = TimeSpan.FromMinutes(15);

    /// <summary>Parses every value; throws <see cref="FormatException"/> naming the first bad one.</summary>
    public static IReadOnlyList<PlannedFault> Parse(IEnumerable<string> specs, IReadOnlyCollection<string> devices, TimeOnly opens, TimeOnly closes)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(devices);
        return [.. specs.Select(s => ParseOne(s, devices, opens, closes)).OrderBy(f => f.At)];
    }

    public static PlannedFault ParseOne(string spec, IReadOnlyCollection<string> devices, TimeOnly opens, TimeOnly closes)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(devices);
        var match = Shape().Match(spec.Trim());
        if (!match.Success)
        {
            throw Bad(spec, $"expected {Syntax}");
        }

        var kind = match.Groups["kind"].Value switch
        {
            "hub-kill" => FaultKind.HubKill,
            "broker-restart" => FaultKind.BrokerRestart,
            "wifi-cut" => FaultKind.WifiCut,
            "paper-out" => FaultKind.PaperOut,
            var other => throw Bad(spec, $"unknown fault '{other}' (hub-kill, broker-restart, wifi-cut, paper-out)"),
        };
        var target = match.Groups["target"].Success ? match.Groups["target"].Value : null;
        if (kind is FaultKind.WifiCut or FaultKind.PaperOut)
        {
            if (target is null)
            {
                throw Bad(spec, $"{match.Groups["kind"].Value} needs a device, e.g. {match.Groups["kind"].Value}:disp-01@12:00+5m");
            }

            if (!devices.Contains(target))
            {
                throw Bad(spec, $"no device '{target}' in this hall ({string.Join(", ", devices)})");
            }

            if (kind == FaultKind.PaperOut && !target.StartsWith("disp-", StringComparison.Ordinal))
            {
                throw Bad(spec, $"paper runs out in a dispenser's printer; '{target}' is not a dispenser");
            }
        }
        else if (target is not null)
        {
            throw Bad(spec, $"{match.Groups["kind"].Value} takes no device");
        }

        if (!TimeOnly.TryParseExact(match.Groups["at"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            throw Bad(spec, $"'{match.Groups["at"].Value}' is not a time of day (HH:MM)");
        }

        if (at < opens || at >= closes)
        {
            throw Bad(spec, string.Create(CultureInfo.InvariantCulture, $"{at:HH\\:mm} is outside the hall's hours {opens:HH\\:mm}-{closes:HH\\:mm}"));
        }

        var duration = match.Groups["for"].Success ? Duration(spec, match.Groups["for"].Value) : kind switch
        {
            FaultKind.BrokerRestart => DefaultBrokerDown,
            FaultKind.WifiCut => DefaultWifiCut,
            FaultKind.PaperOut => DefaultPaperOut,
            _ => TimeSpan.Zero,
        };
        if (kind == FaultKind.HubKill && match.Groups["for"].Success)
        {
            throw Bad(spec, "hub-kill takes no duration: the hub is started again at once, as systemd would");
        }

        return new PlannedFault(kind, target, at, duration, spec.Trim());
    }

    private static TimeSpan Duration(string spec, string text)
    {
        var value = int.Parse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture);
        var span = text[^1] switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            _ => TimeSpan.FromHours(value),
        };
        if (span <= TimeSpan.Zero || span > TimeSpan.FromHours(4))
        {
            throw Bad(spec, $"duration '{text}' must be more than 0 and at most 4h");
        }

        return span;
    }

    private static FormatException Bad(string spec, string why) => new($"--fault '{spec}': {why}");

    [GeneratedRegex(@"^(?<kind>[a-z-]+)(:(?<target>[a-z]+-\d{2,4}))?@(?<at>\d{1,2}:\d{2})(\+(?<for>\d{1,5}[smh]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
