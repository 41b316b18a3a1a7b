using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Storage;
using EdgeQueue.Queue.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EdgeQueue.Queue.Tests.Properties;

/// <summary>The same random sequences through the real store: what a restart rebuilds equals what was live.</summary>
public sealed class SiteQueuePropertyTests
{
    [Fact]
    public void Open_AfterRandomCommandSequence_RebuiltStateEqualsLiveAndEngineState()
    {
        var property = Prop.ForAll(RandomOperation.Sequences, operations =>
        {
            using var fixture = new QueueFixture(start: TestSite.MondayNine.AddHours(-2));
            var options = new SiteQueueOptions { SnapshotInterval = 1 + (operations.Length % 13) };
            var queue = fixture.Open(options);
            var engine = new EngineDriver(fixture.Configuration, fixture.Clock.GetUtcNow());
            engine.Run(new RollOverDay()); // as SiteQueue does when it opens
            var step = 0;
            foreach (var operation in operations)
            {
                fixture.Clock.Advance(operation.Pause);
                engine.Now = fixture.Clock.GetUtcNow();
                if (operation.ToCommand(engine.Now) is { } command)
                {
                    var stored = queue.Execute(command, $"dev.p.{step++}");
                    var pure = engine.Run(command);
                    Assert.Equal((pure.Error, pure.Ticket?.Number), (stored.Error, stored.Ticket?.Number));
                }
            }

            // The store's timer may have started a new day after the last command; the engine only on a command.
            queue.Execute(new RollOverDay(), "hub.rollover");
            engine.Run(new RollOverDay());
            var live = queue.State;
            queue = fixture.Reopen(queue, options);
            Assert.True(live.Equals(queue.State), "the state rebuilt at restart differs from the live state");
            Assert.True(engine.State.Equals(live), "the stored queue and the pure engine disagree");
            queue.Dispose();
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40).WithEndSize(120), property);
    }
}
