namespace EdgeQueue.Central.SiteViews.Fleet;

/// <summary>Orders firmware versions like "1.0.3" by their numeric parts; text that is not a version sorts first.</summary>
public sealed class FirmwareVersion : IComparer<string?>
{
    public static FirmwareVersion Comparer { get; } = new();

    public int Compare(string? x, string? y)
    {
        var left = Parts(x);
        var right = Parts(y);
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : 0;
            var b = i < right.Length ? right[i] : 0;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return 0;
    }

    private static long[] Parts(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return [-1];
        }

        var parts = version.Trim().TrimStart('v', 'V').Split('.', '-', '+');
        var numbers = new List<long>();
        foreach (var part in parts)
        {
            if (!long.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                break;
            }

            numbers.Add(number);
        }

        return numbers.Count == 0 ? [-1] : [.. numbers];
    }
}
