using EdgeQueue.Contracts.Messages;
using EdgeQueue.Firmware.Core.Keypad;
using EdgeQueue.Simulator.Devices;

namespace EdgeQueue.Simulator.People;

/// <summary>
/// A clerk at a counter with its keypad. Presses Next when free; when the called resident does
/// not come (missed the call, or nobody holds the ticket because it was never printed), presses
/// Recall once and then No-show, which calls the next client (the queue calls the missed ticket
/// again by itself); serves for the resident's planned service time, then presses Done, or
/// Transfer when the matter belongs to another category. With nobody waiting, looks up again a
/// little later. Goes home after closing once nobody is left to call.
/// </summary>
internal sealed class Clerk(int counter, IClerkKeypad keypad, HallRoster roster, TimeProvider clock, ClerkSchedule schedule)
{
    /// <summary>The keypad's own event timeout is 30 s; a little more before the clerk looks again.</summary>
    private static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(35);

    /// <summary>How long a clerk waits for a called resident before Recall, and again before No-show.</summary>
    public static readonly TimeSpan CallPatience = TimeSpan.FromMinutes(1);

    /// <summary>With nobody to call, the clerk looks up again after this long.</summary>
    public static readonly TimeSpan IdleLook = TimeSpan.FromMinutes(2);

    public int Counter { get; } = counter;

    public int Served { get; private set; }

    public int NoShows { get; private set; }

    public int Transfers { get; private set; }

    /// <summary>What the clerk is doing now (for the journal when a day does not end).</summary>
    public string Doing { get; private set; } = "not started";

    /// <summary>The clerk's day once <see cref="Start"/> was called.</summary>
    public Task? Day { get; private set; }

    public Task Start(CancellationToken cancellationToken) => Day = RunAsync(cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await SimulatedTime.UntilAsync(clock, schedule.Opening, cancellationToken);
        string? current = null;
        var idleAfterClose = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (current is null)
            {
                Doing = "pressing Next";
                var next = await PressAsync(KeypadButtons.Next, cancellationToken);
                if (next.Reply is { Ok: true, Ticket: { } called })
                {
                    current = called;
                    idleAfterClose = 0;
                    continue;
                }

                if (next.Reply is { Ok: false, Error: not ReplyErrors.NothingToCall } || next.Reply is null)
                {
                    await SimulatedTime.DelayAsync(clock, CallPatience, cancellationToken);
                    continue;
                }

                if (schedule.DayIsOver(clock.GetUtcNow()) && ++idleAfterClose >= 3)
                {
                    return;
                }

                await SimulatedTime.DelayAsync(clock, IdleLook, cancellationToken);
                continue;
            }

            Doing = $"with {current}";
            current = await ServeAsync(current, cancellationToken);
        }
    }

    /// <summary>Deals with the called ticket; returns the ticket now at the counter (after a No-show the queue calls the next).</summary>
    private async Task<string?> ServeAsync(string ticket, CancellationToken cancellationToken)
    {
        var resident = roster.Holder(ticket);
        if (resident is null || (resident.Plan.MissesCall && !resident.MissedCall))
        {
            if (resident is not null)
            {
                resident.MissedCall = true;
            }

            await SimulatedTime.DelayAsync(clock, CallPatience, cancellationToken);
            await PressAsync(KeypadButtons.Recall, cancellationToken);
            await SimulatedTime.DelayAsync(clock, CallPatience, cancellationToken);
            var noShow = await PressUntilAnsweredAsync(KeypadButtons.NoShow, cancellationToken);
            NoShows++;
            return noShow.Reply is { Ok: true } reply ? reply.Ticket : null;
        }

        var service = resident.Plan.ServiceTime > TimeSpan.Zero ? resident.Plan.ServiceTime : TimeSpan.FromMinutes(5);
        await SimulatedTime.DelayAsync(clock, resident.Transferred ? service / 2 : service, cancellationToken);
        if (resident.Plan.TransferTo is { } to && !resident.Transferred)
        {
            var moved = await keypad.TransferAsync(to, ReplyWait, cancellationToken);
            if (moved.Reply is { Ok: true })
            {
                resident.Transferred = true;
                Transfers++;
                return null;
            }
        }

        await PressUntilAnsweredAsync(KeypadButtons.Done, cancellationToken);
        resident.Served = true;
        Served++;
        return null;
    }

    private Task<PressOutcome> PressAsync(int button, CancellationToken cancellationToken) =>
        keypad.PressAsync(button, ReplyWait, cancellationToken);

    /// <summary>
    /// Presses until the hub answers: while the keypad is offline or the hub restarts, the clerk
    /// presses again (the keypad itself retransmits a sent event until it is answered).
    /// </summary>
    private async Task<PressOutcome> PressUntilAnsweredAsync(int button, CancellationToken cancellationToken)
    {
        while (true)
        {
            var outcome = await PressAsync(button, cancellationToken);
            if (outcome.Answered)
            {
                return outcome;
            }

            Doing = $"pressing {button} again ({outcome.IgnoredBecause ?? "no answer"})";

            await SimulatedTime.DelayAsync(clock, TimeSpan.FromSeconds(20), cancellationToken);
        }
    }
}
