namespace EdgeQueue.Simulation.Reporting;

/// <summary>Waits of a group of tickets in minutes: mean, 90th percentile and the longest.</summary>
public sealed record WaitFigures(int Count, double Mean, double P90, double Max)
{
    public static WaitFigures Of(IEnumerable<double> minutes)
    {
        var sorted = minutes.Order().ToArray();
        if (sorted.Length == 0)
        {
            return new WaitFigures(0, 0, 0, 0);
        }

        var rank = (int)Math.Ceiling(0.9 * sorted.Length) - 1;
        return new WaitFigures(sorted.Length, sorted.Average(), sorted[Math.Clamp(rank, 0, sorted.Length - 1)], sorted[^1]);
    }
}
