using EdgeQueue.Queue.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EdgeQueue.Queue.Tests.Properties;

/// <summary>FsCheck properties over random command sequences, run from xunit facts.</summary>
public sealed class QueuePropertyTests
{
    [Fact]
    public void Decide_RandomCommandSequences_InvariantsHoldAfterEveryStep()
    {
        var property = Prop.ForAll(RandomOperation.Sequences, operations =>
        {
            var site = new EngineDriver(TestSite.Configuration(c => c with
            {
                Categories = [.. c.Categories.Select(k => k with { DailyLimit = k.DailyLimit is null ? null : 40 })],
            }), TestSite.MondayNine.AddHours(-2));
            foreach (var operation in operations)
            {
                site.Advance(operation.Pause);
                if (operation.ToCommand(site.Now) is { } command)
                {
                    site.Run(command);
                }

                QueueInvariants.Check(site.Log, site.State);
            }
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(150), property);
    }
}
