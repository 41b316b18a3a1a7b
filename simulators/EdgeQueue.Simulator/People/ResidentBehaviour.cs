using EdgeQueue.Contracts.Messages;
using EdgeQueue.Simulation.Traffic;
using EdgeQueue.Simulator.Devices;
using EdgeQueue.Simulator.Hall;

namespace EdgeQueue.Simulator.People;

/// <summary>
/// What a resident does at the dispensers: comes at the planned time, presses the button of their
/// matter (or enters their booking code), and takes the ticket. A dispenser that does not react
/// (busy, offline, out of paper) sends them to the next one; a ticket that was issued but not
/// printed is as good as none, so they press again elsewhere. After a quarter of an hour of
/// trying they give up and go home.
/// </summary>
internal sealed class ResidentBehaviour(
    HallLayout layout, IReadOnlyList<SimulatedDispenser> dispensers, IReadOnlyList<SemaphoreSlim> kiosks,
    HallRoster roster, TimeProvider clock, DateTimeOffset opening)
{
    /// <summary>A device's own request timeout is 20 s; a little more before the resident stops waiting.</summary>
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(25);
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TooEarlyWait = TimeSpan.FromMinutes(5);

    public async Task RunAsync(PlannedArrival plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        await SimulatedTime.UntilAsync(clock, opening + plan.At, cancellationToken);
        if (!plan.Arrives)
        {
            return;
        }

        var resident = new Resident(plan);
        roster.Arrived(resident);
        var giveUpAt = clock.GetUtcNow() + Patience;
        for (var attempt = 0; ; attempt++)
        {
            var index = (plan.Dispenser + attempt) % dispensers.Count;
            var outcome = await UseAsync(index, plan, cancellationToken);
            if (outcome.Reply is { Ok: true, Ticket: { } ticket })
            {
                roster.Holds(resident, ticket);
                return;
            }

            if (outcome.Reply is { Ok: false, Error: ReplyErrors.TooEarly })
            {
                // Came before the check-in window opens: sit down and try again a little later.
                giveUpAt += TooEarlyWait;
                await SimulatedTime.DelayAsync(clock, TooEarlyWait, cancellationToken);
                continue;
            }

            if (outcome.Reply is { Ok: false, Error: { } error } && Final(error))
            {
                resident.LeftBecause = error;
                return;
            }

            if (clock.GetUtcNow() >= giveUpAt)
            {
                resident.LeftBecause = outcome.Reply?.Error ?? outcome.IgnoredBecause ?? "no reply";
                return;
            }

            await SimulatedTime.DelayAsync(clock, RetryAfter, cancellationToken);
        }
    }

    /// <summary>Refusals that another try does not change (a closed category, an unknown or expired code).</summary>
    private static bool Final(string error) =>
        error is not (ReplyErrors.PrinterFailed or ReplyErrors.Internal or ReplyErrors.StorageFailure or ReplyErrors.RateLimited);

    private async Task<PressOutcome> UseAsync(int index, PlannedArrival plan, CancellationToken cancellationToken)
    {
        // One person at a kiosk at a time; the next in line waits.
        await kiosks[index].WaitAsync(cancellationToken);
        try
        {
            var dispenser = dispensers[index];
            return plan.Kind == ArrivalKind.Booked
                ? await dispenser.CheckInAsync(plan.BookingCode!, ReplyWait, cancellationToken)
                : await dispenser.PressButtonAsync(layout.ButtonOf(plan.Category), ReplyWait, cancellationToken);
        }
        finally
        {
            kiosks[index].Release();
        }
    }
}
