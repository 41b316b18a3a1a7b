using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.State;
using EdgeQueue.Queue.Tests.Support;

namespace EdgeQueue.Queue.Tests.Engine;

public sealed class QueueEngineBookingTests
{
    private static readonly DateTimeOffset TenOClock = TestSite.MondayNine.AddHours(1);

    [Fact]
    public void SyncBooking_New_Registered()
    {
        var site = new EngineDriver();

        site.Ok(new SyncBooking("k7q2", "B", TenOClock, "Jan K.", 1));

        Assert.IsType<BookingRegistered>(Assert.Single(site.LastEvents, e => e is not BusinessDayStarted));
        Assert.Equal(("B", TenOClock), (site.State.Bookings["K7Q2"].Category, site.State.Bookings["K7Q2"].VisitTime));
    }

    [Fact]
    public void SyncBooking_SameOrOlderVersion_ChangesNothing()
    {
        var site = new EngineDriver();
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 2));

        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 2));
        Assert.Empty(site.LastEvents);
        site.Ok(new SyncBooking("K7Q2", "A", TenOClock.AddHours(1), "Jan K.", 1));
        Assert.Empty(site.LastEvents);

        Assert.Equal("B", site.State.Bookings["K7Q2"].Category);
    }

    [Fact]
    public void SyncBooking_NewerVersion_Changed()
    {
        var site = new EngineDriver();
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        site.Ok(new SyncBooking("K7Q2", "A", TenOClock.AddHours(2), "Jan K.", 2));

        Assert.IsType<BookingChanged>(Assert.Single(site.LastEvents));
        Assert.Equal(("A", 2L), (site.State.Bookings["K7Q2"].Category, site.State.Bookings["K7Q2"].Version));
    }

    [Fact]
    public void SyncBooking_CancellationBeforeRegistration_OlderRegistrationCannotRevive()
    {
        var site = new EngineDriver();

        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "", 3, Cancelled: true));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        Assert.True(site.State.Bookings["K7Q2"].Cancelled);
    }

    [Theory]
    [InlineData("", "B", 1, QueueError.InvalidRequest)]
    [InlineData("K7Q2", "Q", 1, QueueError.UnknownCategory)]
    [InlineData("K7Q2", "B", 0, QueueError.InvalidRequest)]
    public void SyncBooking_BadInput_RefusedWithReason(string code, string category, long version, QueueError expected)
    {
        var site = new EngineDriver();

        var reply = site.Run(new SyncBooking(code, category, TenOClock, "Jan K.", version));

        Assert.Equal(expected, reply.Error);
        Assert.Empty(site.State.Bookings);
    }

    [Fact]
    public void CheckIn_InWindow_BookedTicketIssued()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(-20));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));
        site.Issue("B");

        var reply = site.Ok(new CheckIn(" k7q2 "));

        var checkedIn = Assert.IsType<BookedVisitCheckedIn>(Assert.Single(site.LastEvents));
        Assert.Equal(("B002", "K7Q2", TenOClock), (checkedIn.Number, checkedIn.BookingCode, checkedIn.VisitTime));
        Assert.Equal(TicketKind.Booked, reply.Ticket!.Kind);
        Assert.Equal(2, site.State.Bookings["K7Q2"].TicketId);
        Assert.Equal(1, site.State.CategoryDayOf("B").WalkIns); // booked visits do not use the walk-in limit
    }

    [Fact]
    public void CheckIn_AtADispenser_TheEventNamesItForItsPrinter()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(-20));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        site.Ok(new CheckIn("K7Q2", "disp-02"));

        Assert.Equal("disp-02", Assert.IsType<BookedVisitCheckedIn>(Assert.Single(site.LastEvents)).Dispenser);
    }

    [Fact]
    public void CheckIn_UnknownCode_Refused()
    {
        var site = new EngineDriver();

        var reply = site.Run(new CheckIn("NOPE"));

        Assert.Equal(QueueError.UnknownBookingCode, reply.Error);
        Assert.Contains("NOPE", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_CancelledBooking_RefusedWithClearError()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(-10));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 2, Cancelled: true));

        var reply = site.Run(new CheckIn("K7Q2"));

        Assert.Equal(QueueError.BookingCancelled, reply.Error);
        Assert.Equal("booking-cancelled", reply.Error.Wire());
        Assert.Contains("cancelled", reply.Message, StringComparison.Ordinal);
        Assert.Empty(site.State.Tickets);
    }

    [Fact]
    public void CheckIn_TooEarly_RefusedWithTime()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(-31));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        var reply = site.Run(new CheckIn("K7Q2"));

        Assert.Equal(QueueError.TooEarly, reply.Error);
        Assert.Contains("10:00", reply.Message, StringComparison.Ordinal); // 09:00 UTC is 10:00 in Warsaw
    }

    [Fact]
    public void CheckIn_BookingForTomorrow_TooEarly()
    {
        var site = new EngineDriver();
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock.AddDays(1), "Jan K.", 1));

        Assert.Equal(QueueError.TooEarly, site.Run(new CheckIn("K7Q2")).Error);
    }

    [Fact]
    public void CheckIn_PastGracePeriod_TooLateCountsAsResignation()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(11));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        var reply = site.Run(new CheckIn("K7Q2"));

        Assert.Equal(QueueError.TooLate, reply.Error);
        Assert.Contains("resignation", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_WithinGracePeriod_Accepted()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(10));
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));

        Assert.True(site.Run(new CheckIn("K7Q2")).Accepted);
    }

    [Fact]
    public void CheckIn_Twice_SecondRefusedWithTicketNumber()
    {
        var site = new EngineDriver(start: TenOClock);
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));
        site.Ok(new CheckIn("K7Q2"));

        var reply = site.Run(new CheckIn("K7Q2"));

        Assert.Equal(QueueError.AlreadyCheckedIn, reply.Error);
        Assert.Contains("B001", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckIn_AgainAfterItsTicketWasNotPrinted_SameTicketToPrintThenAlreadyCheckedIn()
    {
        var site = new EngineDriver(start: TenOClock);
        site.Ok(new SyncBooking("K7Q2", "B", TenOClock, "Jan K.", 1));
        var first = site.Ok(new CheckIn("K7Q2")).Ticket!;
        site.Ok(new RecordPrint(first.Id, Printed: false, "paper out"));
        Assert.Equal(TicketStatus.Waiting, site.State.Tickets[first.Id].Status);

        var again = site.Ok(new CheckIn("K7Q2"));

        Assert.Empty(site.LastEvents);
        Assert.Equal((first.Id, "B001", TicketPrint.NotPrinted), (again.Ticket!.Id, again.Ticket.Number, again.Ticket.Print));
        site.Ok(new RecordPrint(first.Id, Printed: true));
        var third = site.Run(new CheckIn("K7Q2"));
        Assert.Equal(QueueError.AlreadyCheckedIn, third.Error);
        Assert.Equal(1, site.State.CategoryDayOf("B").Issued);
    }

    [Fact]
    public void CallNext_BookedVisitsInterleaveWalkIns_CalledAtTheirTimeAheadOfWalkIns()
    {
        var site = new EngineDriver(start: TenOClock.AddMinutes(-30));
        site.OpenCounters(1);
        site.Ok(new SyncBooking("EARLY", "B", TenOClock, "Anna N.", 1));
        site.Ok(new SyncBooking("LATER", "A", TenOClock.AddMinutes(30), "Piotr W.", 1));
        site.Issue("A"); // A001
        site.Issue("B"); // B001
        site.Ok(new CheckIn("EARLY")); // B002, visit 10:00
        site.Issue("A"); // A002

        Assert.Equal("A001", site.Next(1)); // 9:30: the booking's time has not come
        site.Advance(TimeSpan.FromMinutes(24)); // 9:54: still outside the 5-minute early window
        Assert.Equal("B001", site.Next(1));
        site.Advance(TimeSpan.FromMinutes(1)); // 9:55: within the window
        Assert.Equal("B002", site.Next(1)); // ahead of A002, who came earlier
        site.Advance(TimeSpan.FromMinutes(5)); // 10:00: check-in for 10:30 opens
        site.Ok(new CheckIn("LATER")); // A003, visit 10:30
        Assert.Equal("A002", site.Next(1));
        Assert.Null(site.Next(1)); // A003 waits for its time even with the counter idle
        site.Advance(TimeSpan.FromMinutes(25)); // 10:25
        Assert.Equal("A003", site.Next(1));
    }

    [Fact]
    public void CallNext_SeveralDueBookings_EarliestVisitFirst()
    {
        var site = new EngineDriver(start: TenOClock);
        site.OpenCounters(1);
        site.Ok(new SyncBooking("SECOND", "A", TenOClock, "", 1));
        site.Ok(new SyncBooking("FIRST", "B", TenOClock.AddMinutes(-5), "", 1));
        site.Ok(new CheckIn("SECOND"));
        site.Ok(new CheckIn("FIRST"));

        Assert.Equal("B001", site.Next(1));
        Assert.Equal("A001", site.Next(1));
    }
}
