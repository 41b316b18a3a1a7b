namespace EdgeQueue.Firmware.Tests.Projects;

/// <summary>
/// A NuGet dependency range as a .nuspec writes it: <c>1.2.3</c> (that version or higher),
/// <c>[1.2.3]</c> (exactly), or interval notation <c>[1.0,2.0)</c>, <c>(,2.0]</c>, <c>[1.0,)</c>.
/// </summary>
public sealed record NuGetVersionRange(Version? Min, bool MinInclusive, Version? Max, bool MaxInclusive)
{
    public static NuGetVersionRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var range = text.Trim();
        if (range.Length == 0)
        {
            throw new FormatException("an empty version range");
        }

        if (range[0] is not ('[' or '('))
        {
            return new NuGetVersionRange(Version.Parse(range), true, null, false);
        }

        var minInclusive = range[0] == '[';
        var maxInclusive = range[^1] == ']';
        if (range[^1] is not (']' or ')'))
        {
            throw new FormatException($"'{text}' opens an interval it does not close");
        }

        var inner = range[1..^1];
        var comma = inner.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            var exact = Version.Parse(inner);
            return minInclusive && maxInclusive
                ? new NuGetVersionRange(exact, true, exact, true)
                : throw new FormatException($"'{text}': a single version needs [ ]");
        }

        var min = inner[..comma].Trim();
        var max = inner[(comma + 1)..].Trim();
        return new NuGetVersionRange(
            min.Length == 0 ? null : Version.Parse(min), minInclusive,
            max.Length == 0 ? null : Version.Parse(max), maxInclusive);
    }

    public bool Contains(Version version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var aboveMin = Min is null || (MinInclusive ? version >= Min : version > Min);
        var belowMax = Max is null || (MaxInclusive ? version <= Max : version < Max);
        return aboveMin && belowMax;
    }
}
