using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Engine;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineIssueTicketTests
{
    [Fact]
    public void IssueTicket_OpenCategory_NumbersPerCategoryFromOne()
    {
        var site = new EngineDriver();

        Assert.Equal("A001", site.Issue("A"));
        Assert.Equal("A002", site.Issue("A"));
        Assert.Equal("B001", site.Issue("B"));
        var issued = Assert.IsType<TicketIssued>(Assert.Single(site.LastEvents));
        Assert.Equal(("B", 1, "B001"), (issued.Category, issued.DailySequence, issued.Number));
    }

    [Fact]
    public void IssueTicket_FromADispenser_TheEventNamesItForItsPrinter()
    {
        var site = new EngineDriver();

        site.Ok(new IssueTicket("A", "disp-03"));
        var fromNowhere = site.Issue("A");

        Assert.Equal("A002", fromNowhere);
        Assert.Null(Assert.IsType<TicketIssued>(Assert.Single(site.LastEvents)).Dispenser);
        Assert.Equal("disp-03", site.Log.OfType<TicketIssued>().First().Dispenser);
    }

    [Fact]
    public void IssueTicket_FirstOfTheDay_StartsTheBusinessDayFirst()
    {
        var site = new EngineDriver();

        site.Issue("A");

        Assert.IsType<BusinessDayStarted>(site.Log[0]);
        Assert.Equal(new DateOnly(2026, 11, 23), site.State.Day);
    }

    [Fact]
    public void IssueTicket_ReplyCarriesPeopleAheadAndEstimate()
    {
        var site = new EngineDriver();
        site.OpenCounters(1);
        site.Issue("A");
        site.Issue("A");

        var third = site.Ok(new IssueTicket("A")).Ticket!;

        Assert.Equal(2, third.PeopleAhead);
        Assert.Equal(18, third.EtaMinutes); // position 3 × 6 min ÷ 1 open counter
    }

    [Fact]
    public void IssueTicket_UnknownCategory_RefusedWithKnownOnes()
    {
        var site = new EngineDriver();

        var reply = site.Run(new IssueTicket("Z"));

        Assert.Equal(QueueError.UnknownCategory, reply.Error);
        Assert.Contains("'Z'", reply.Message, StringComparison.Ordinal);
        Assert.Contains("A, B, C", reply.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(site.LastEvents, e => e is TicketIssued);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("AA")]
    [InlineData("a")]
    public void IssueTicket_MalformedCategory_RefusedNotThrown(string? category)
    {
        var site = new EngineDriver();

        var reply = site.Run(new IssueTicket(category!));

        Assert.Equal(QueueError.UnknownCategory, reply.Error);
    }

    [Fact]
    public void IssueTicket_BeforeOpening_CategoryClosedWithOpeningTime()
    {
        var site = new EngineDriver(start: TestSite.MondayNine.AddHours(-1.5)); // 7:30 local

        var reply = site.Run(new IssueTicket("A"));

        Assert.Equal(QueueError.CategoryClosed, reply.Error);
        Assert.Contains("opens at 08:00", reply.Message, StringComparison.Ordinal);
        Assert.Equal("C001", site.Issue("C")); // C opens at 7:30
    }

    [Fact]
    public void IssueTicket_AfterCutoff_CategoryClosedButOthersOpen()
    {
        var site = new EngineDriver(start: TestSite.MondayNine.AddHours(6).AddMinutes(35)); // 15:35 local

        var reply = site.Run(new IssueTicket("A"));

        Assert.Equal(QueueError.CategoryClosed, reply.Error);
        Assert.Contains("stopped issuing", reply.Message, StringComparison.Ordinal);
        Assert.Equal("B001", site.Issue("B")); // B has no cut-off, closes 16:00
    }

    [Fact]
    public void IssueTicket_OnSaturday_CategoryClosed()
    {
        var site = new EngineDriver(start: TestSite.MondayNine.AddDays(5));

        var reply = site.Run(new IssueTicket("B"));

        Assert.Equal(QueueError.CategoryClosed, reply.Error);
        Assert.Contains("Saturday", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IssueTicket_DailyLimitReached_RefusedAndNothingIssued()
    {
        var site = new EngineDriver(TestSite.Configuration(c => c with
        {
            Categories = [.. c.Categories.Select(k => k.Prefix == "A" ? k with { DailyLimit = 2 } : k)],
        }));
        site.Issue("A");
        site.Issue("A");

        var reply = site.Run(new IssueTicket("A"));

        Assert.Equal(QueueError.DailyLimitReached, reply.Error);
        Assert.Equal("limit-reached", reply.Error.Wire());
        Assert.Empty(site.LastEvents);
        Assert.Equal(2, site.State.CategoryDayOf("A").WalkIns);
    }

    [Fact]
    public void IssueTicket_After999WithTheFirstServed_WrapsTo001()
    {
        var site = new EngineDriver(TestSite.AlwaysOpen());
        site.OpenCounters(2);
        IssueAllNumbers(site, "B");

        Assert.Equal("B001", site.Next(2));
        Assert.Equal("B002", site.Next(2));

        Assert.Equal("B001", site.Issue("B"));
        Assert.Equal("B999", QueueEngine.FormatNumber("B", 999));
        Assert.Equal("B002", QueueEngine.FormatNumber("B", 1001));
    }

    [Fact]
    public void IssueTicket_WrapWhileANumberIsStillHeld_SkipsItSoNoNumberStandsForTwo()
    {
        var site = new EngineDriver(TestSite.AlwaysOpen());
        site.OpenCounters(2);
        IssueAllNumbers(site, "B");

        site.Next(2);
        site.Ok(new NoShow(2)); // B001 set aside (held), B002 called
        site.Ok(new Done(2));   // B002 served (free)

        var wrapped = site.Ok(new IssueTicket("B")).Ticket!;

        Assert.Equal("B002", wrapped.Number);
        var issued = Assert.IsType<TicketIssued>(Assert.Single(site.LastEvents));
        Assert.Equal(1001, issued.DailySequence);
        var open = site.State.OpenTickets.Select(t => t.Number).ToList();
        Assert.Equal(open.Count, open.Distinct().Count());
    }

    [Fact]
    public void IssueTicket_EveryNumberStillHeld_LimitReachedAndNothingIssued()
    {
        var site = new EngineDriver(TestSite.AlwaysOpen());
        IssueAllNumbers(site, "B");

        var reply = site.Run(new IssueTicket("B"));

        Assert.Equal(QueueError.DailyLimitReached, reply.Error);
        Assert.Contains("all 999 numbers of category B", reply.Message, StringComparison.Ordinal);
        Assert.Empty(site.LastEvents);
        Assert.Equal(999, site.State.OpenTickets.Count);
    }

    [Fact]
    public void IssueTicket_SummerTimeSiteZone_UsesLocalOpeningHours()
    {
        // 1 July 2026 is a Wednesday; Warsaw is UTC+2, so 05:59Z is 07:59 local.
        var summer = new DateTimeOffset(2026, 7, 1, 5, 59, 0, TimeSpan.Zero);
        var site = new EngineDriver(start: summer);

        Assert.Equal(QueueError.CategoryClosed, site.Run(new IssueTicket("A")).Error);
        site.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal("A001", site.Issue("A"));
    }

    private static void IssueAllNumbers(EngineDriver site, string category)
    {
        for (var i = 0; i < 999; i++)
        {
            site.Issue(category);
        }
    }
}
