using System.Globalization;

namespace EdgeQueue.Benchmarks.Hub;

/// <summary>
/// One row of the hub table: <see cref="Design"/> is DESIGN.md §8's budget (NaN where it names none),
/// <see cref="Target"/> the native hub's target of issue 18, which the last build's figure is judged against.
/// </summary>
internal sealed record HubBudget(string Name, double Design, double Target, Func<HubRound, double> Figure)
{
    public string Verdict(double value)
    {
        var ratio = value / Target;
        return string.Create(CultureInfo.InvariantCulture, $"{ratio:F2}× of target{(ratio <= 1 ? string.Empty : " — OVER TARGET")}");
    }
}
