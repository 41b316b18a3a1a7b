namespace EdgeQueue.Simulator.People;

/// <summary>Waiting on the day's clock: a minute of the simulated day is a second at 60×.</summary>
internal static class SimulatedTime
{
    public static Task DelayAsync(TimeProvider clock, TimeSpan span, CancellationToken cancellationToken) =>
        span <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(span, clock, cancellationToken);

    public static Task UntilAsync(TimeProvider clock, DateTimeOffset moment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DelayAsync(clock, moment - clock.GetUtcNow(), cancellationToken);
    }
}
