namespace EdgeQueue.Mqtt.Link;

/// <summary>
/// Exponential back-off between connect attempts, each delay drawn from the upper half of its step
/// so that forty devices cut off together do not all come back in the same millisecond.
/// </summary>
internal static class ReconnectBackoff
{
    /// <param name="attempt">0 for the first retry.</param>
    /// <param name="random">A number in [0, 1).</param>
    public static TimeSpan Delay(int attempt, TimeSpan min, TimeSpan max, double random)
    {
        var step = min.Ticks * Math.Pow(2, Math.Min(attempt, 30));
        var ceiling = Math.Min(step, max.Ticks);
        return TimeSpan.FromTicks((long)(ceiling * (0.5 + (random / 2))));
    }
}
