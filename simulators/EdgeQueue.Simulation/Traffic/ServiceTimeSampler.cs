namespace EdgeQueue.Simulation.Traffic;

/// <summary>
/// Log-normal service times: always positive, skewed to the right like real counter work (most
/// clients are quick, a few take long).
/// </summary>
public static class ServiceTimeSampler
{
    public static TimeSpan Sample(Random random, double meanMinutes, double variation)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(meanMinutes);
        ArgumentOutOfRangeException.ThrowIfNegative(variation);
        var sigma2 = Math.Log(1 + (variation * variation));
        var mu = Math.Log(meanMinutes) - (sigma2 / 2);
        var minutes = Math.Exp(mu + (Math.Sqrt(sigma2) * StandardNormal(random)));
        return TimeSpan.FromMinutes(Math.Clamp(minutes, 0.5, meanMinutes * 8));
    }

    private static double StandardNormal(Random random)
    {
        // Box–Muller; 1 - NextDouble() keeps the logarithm away from zero.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
