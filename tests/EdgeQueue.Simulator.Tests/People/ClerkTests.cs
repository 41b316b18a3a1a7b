using EdgeQueue.Simulation.Traffic;
using EdgeQueue.Simulator.People;
using EdgeQueue.Simulator.Tests.Support;

namespace EdgeQueue.Simulator.Tests.People;

/// <summary>A clerk's buttons against a scripted hub, on a manual clock: what is pressed, in which order, when.</summary>
public sealed class ClerkTests
{
    private static readonly DateTimeOffset Opening = new(2026, 11, 23, 7, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Run_CalledResidentServed_PressesDoneAfterTheServiceTime()
    {
        var (clock, keypad, roster, clerk, stop) = Setup();
        roster.Holds(new Resident(Walker("A", TimeSpan.FromMinutes(7))), "A001");
        keypad.Answer("A001").Answer("A001");

        var running = clerk.RunAsync(stop.Token);
        Assert.Equal("next", await keypad.NextPressAsync());
        Assert.Equal(TimeSpan.FromMinutes(7), await clock.NextWaitAsync());
        clock.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal("done", await keypad.NextPressAsync());
        Assert.Equal("next", await keypad.NextPressAsync());

        Assert.Equal(Opening + TimeSpan.FromMinutes(7), keypad.Presses[1].At);
        Assert.Equal(1, clerk.Served);
        Assert.True(roster.Holder("A001")!.Served);
        await StopAsync(stop, running);
    }

    [Fact]
    public async Task Run_ResidentMissesTheCall_RecallsThenNoShowAndTakesTheNextCalled()
    {
        var (clock, keypad, roster, clerk, stop) = Setup();
        var late = new Resident(Walker("A", TimeSpan.FromMinutes(5)) with { MissesCall = true });
        roster.Holds(late, "A001");
        roster.Holds(new Resident(Walker("A", TimeSpan.FromMinutes(4))), "A002");
        keypad.Answer("A001").Answer("A001").Answer("A002");

        var running = clerk.RunAsync(stop.Token);
        Assert.Equal("next", await keypad.NextPressAsync());
        Assert.Equal(Clerk.CallPatience, await clock.NextWaitAsync());
        clock.Advance(Clerk.CallPatience);
        Assert.Equal("recall", await keypad.NextPressAsync());
        Assert.Equal(Clerk.CallPatience, await clock.NextWaitAsync());
        clock.Advance(Clerk.CallPatience);
        Assert.Equal("noshow", await keypad.NextPressAsync());

        // No-show called A002, whose holder is here: served, no Next in between.
        Assert.Equal(TimeSpan.FromMinutes(4), await clock.NextWaitAsync());
        Assert.True(late.MissedCall);
        Assert.Equal(1, clerk.NoShows);
        await StopAsync(stop, running);
    }

    [Fact]
    public async Task Run_TicketNobodyHolds_EndsWithNoShow()
    {
        var (clock, keypad, _, clerk, stop) = Setup();
        keypad.Answer("B007").Answer("B007").Answer(null);

        var running = clerk.RunAsync(stop.Token);
        Assert.Equal("next", await keypad.NextPressAsync());
        clock.Advance(await clock.NextWaitAsync());
        Assert.Equal("recall", await keypad.NextPressAsync());
        clock.Advance(await clock.NextWaitAsync());
        Assert.Equal("noshow", await keypad.NextPressAsync());
        Assert.Equal("next", await keypad.NextPressAsync());

        Assert.Equal(1, clerk.NoShows);
        await StopAsync(stop, running);
    }

    [Fact]
    public async Task Run_MatterOfAnotherCategory_TransfersInsteadOfDone()
    {
        var (clock, keypad, roster, clerk, stop) = Setup();
        var resident = new Resident(Walker("A", TimeSpan.FromMinutes(6)) with { TransferTo = "C" });
        roster.Holds(resident, "A003");
        keypad.Answer("A003").Answer("A003");

        var running = clerk.RunAsync(stop.Token);
        Assert.Equal("next", await keypad.NextPressAsync());
        clock.Advance(await clock.NextWaitAsync());
        Assert.Equal("transfer:C", await keypad.NextPressAsync());
        Assert.Equal("next", await keypad.NextPressAsync());

        Assert.True(resident.Transferred);
        Assert.False(resident.Served);
        Assert.Equal(1, clerk.Transfers);
        await StopAsync(stop, running);
    }

    [Fact]
    public async Task Run_AfterClosingWithNobodyLeft_GoesHome()
    {
        var clock = new ObservedClock(Opening.AddHours(8));
        var keypad = new ScriptedKeypad(clock);
        var clerk = new Clerk(1, keypad, new HallRoster(), clock, new ClerkSchedule(Opening, Opening.AddHours(8), Task.CompletedTask));

        var running = clerk.RunAsync(CancellationToken.None);
        for (var look = 0; look < 2; look++)
        {
            Assert.Equal("next", await keypad.NextPressAsync());
            clock.Advance(await clock.NextWaitAsync());
        }

        Assert.Equal("next", await keypad.NextPressAsync());
        await running.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(3, keypad.Presses.Count);
    }

    private static PlannedArrival Walker(string category, TimeSpan service) =>
        new(1, TimeSpan.Zero, category, 0, ArrivalKind.WalkIn, ServiceTime: service);

    private static (ObservedClock, ScriptedKeypad, HallRoster, Clerk, CancellationTokenSource) Setup()
    {
        var clock = new ObservedClock(Opening);
        var keypad = new ScriptedKeypad(clock);
        var roster = new HallRoster();
        var schedule = new ClerkSchedule(Opening, Opening.AddHours(8), new TaskCompletionSource().Task);
        return (clock, keypad, roster, new Clerk(1, keypad, roster, clock, schedule), new CancellationTokenSource());
    }

    private static async Task StopAsync(CancellationTokenSource stop, Task running)
    {
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running.WaitAsync(TimeSpan.FromSeconds(30)));
        stop.Dispose();
    }
}
