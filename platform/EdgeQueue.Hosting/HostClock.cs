using System.Globalization;

namespace EdgeQueue.Hosting;

/// <summary>
/// The clock a process runs on, chosen at its composition root: the real clock, or — when the
/// environment variable <c>EDGEQUEUE_CLOCK</c> holds <c>SIMULATED_START|REAL_ANCHOR|SPEED</c>
/// (two ISO 8601 moments and a factor) — a <see cref="ScaledTimeProvider"/>. The simulator sets it
/// for the hub it starts, so both live in the same simulated day, also across a hub restart.
/// </summary>
public static class HostClock
{
    public const string EnvironmentVariable = "EDGEQUEUE_CLOCK";

    /// <summary>
    /// The clock <paramref name="spec"/> (the variable's value) names: <paramref name="real"/> when it
    /// is unset, a scaled one when it is valid; otherwise false with one sentence for the operator
    /// (a composition root prints it and exits, no stack trace).
    /// </summary>
    public static bool TryFrom(string? spec, TimeProvider real, out TimeProvider clock, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(real);
        clock = real;
        problem = null;
        if (string.IsNullOrEmpty(spec))
        {
            return true;
        }

        try
        {
            clock = Parse(spec, real);
            return true;
        }
        catch (FormatException e)
        {
            problem = e.Message;
        }
        catch (ArgumentOutOfRangeException e)
        {
            problem = $"{EnvironmentVariable}='{spec}': {e.Message.Split(" (Parameter", 2)[0]}";
        }

        return false;
    }

    /// <summary>Reads a clock spec; a malformed one is an error that names the variable and the format.</summary>
    public static ScaledTimeProvider Parse(string spec, TimeProvider real)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var parts = spec.Split('|');
        if (parts.Length != 3
            || !DateTimeOffset.TryParse(parts[0], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var anchor)
            || !double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var speed))
        {
            throw new FormatException(
                $"{EnvironmentVariable}='{spec}' is not SIMULATED_START|REAL_ANCHOR|SPEED, e.g. 2026-11-23T07:30:00+01:00|2026-11-21T06:00:00Z|500");
        }

        return new ScaledTimeProvider(start, speed, real, anchor);
    }

    /// <summary>The spec that makes another process share <paramref name="clock"/>.</summary>
    public static string Format(ScaledTimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return string.Create(CultureInfo.InvariantCulture,
            $"{clock.SimulatedStart:O}|{clock.RealAnchor:O}|{clock.Speed}");
    }
}
