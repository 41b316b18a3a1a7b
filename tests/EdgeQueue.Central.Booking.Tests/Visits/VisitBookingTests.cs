using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Visits;
using static EdgeQueue.Central.Booking.Tests.Fixtures.BookingHarness;

namespace EdgeQueue.Central.Booking.Tests.Visits;

/// <summary>Booking rules and edge cases; run on SQLite and on PostgreSQL by the derived classes.</summary>
public abstract class VisitBookingTests : StoreTestBase
{
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateOnly Monday = new(2026, 12, 7);
    private static readonly DateOnly Saturday = new(2026, 12, 5);
    private static readonly DateOnly ChristmasEve = new(2026, 12, 24);
    private static readonly DateOnly LastDay = new(2026, 12, 31);

    [Fact]
    public async Task BookAsync_FreeSlot_ReturnsCodeAndVisitInWarsawTime()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(9, 0)), BookingActor.Resident);

        Assert.True(result.Succeeded, result.Error?.MessageEn);
        var visit = result.Visit!;
        Assert.Equal(ConfirmationCode.Length, visit.Code.Length);
        Assert.All(visit.Code, c => Assert.Contains(c, ConfirmationCode.Alphabet));
        Assert.Equal("Jan K.", visit.DisplayName);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(1)), visit.StartsAt);
        Assert.Equal(new TimeOnly(9, 15), visit.End);
        Assert.Equal(Site, visit.LocationId);
        Assert.Equal(VisitStatus.Booked, visit.Status);
    }

    [Fact]
    public async Task BookAsync_LastDayOfHorizon_IsAccepted()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, LastDay, new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.True(result.Succeeded, result.Error?.MessageEn);
    }

    [Fact]
    public async Task BookAsync_DayBeyondHorizon_IsRefusedWithTheBookableRange()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, LastDay.AddDays(4), new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.DayOutOfRange, result.Error?.Code);
        Assert.Contains("01.12.2026", result.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("31.12.2026", result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookAsync_PastDay_IsRefused()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, Today.AddDays(-1), new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.DayOutOfRange, result.Error?.Code);
    }

    [Fact]
    public async Task BookAsync_InsideLeadTime_IsRefusedButLaterTodayIsAccepted()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var tooSoon = await h.Booking.BookAsync(Request(matter, Today, new TimeOnly(8, 45)), BookingActor.Resident);
        var later = await h.Booking.BookAsync(Request(matter, Today, new TimeOnly(9, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.TooLate, tooSoon.Error?.Code);
        Assert.True(later.Succeeded, later.Error?.MessageEn);
    }

    [Fact]
    public async Task BookAsync_Weekend_IsRefusedAsClosed()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, Saturday, new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.DayClosed, result.Error?.Code);
    }

    [Fact]
    public async Task BookAsync_PublicHoliday_IsRefusedNamingTheHoliday()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, ChristmasEve, new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.DayClosed, result.Error?.Code);
        Assert.Contains("Wigilia", result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookAsync_ClosedDayOfOneLocation_IsRefusedThereOnly()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        await h.Admin.SetMatterCapacityAsync(matter, "poznan-gronowa", 1, "test");
        var added = await h.Admin.AddClosedDayAsync(new ClosedDayDraft(Site, Wednesday, "Inwentaryzacja"), "test");
        Assert.True(added.Succeeded);

        var closed = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0)), BookingActor.Resident);
        var elsewhere = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), site: "poznan-gronowa"), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.DayClosed, closed.Error?.Code);
        Assert.True(elsewhere.Succeeded, elsewhere.Error?.MessageEn);
    }

    [Theory]
    [InlineData(2026, 12, 7, 8, 0, true)]
    [InlineData(2026, 12, 7, 7, 30, false)]
    [InlineData(2026, 12, 7, 15, 45, true)]
    [InlineData(2026, 12, 8, 7, 30, true)]
    [InlineData(2026, 12, 8, 15, 15, true)]
    [InlineData(2026, 12, 8, 15, 30, false)]
    [InlineData(2026, 12, 8, 9, 10, false)]
    public async Task BookAsync_HoursPerWeekday_FollowTheLocationsTimetable(int y, int m, int d, int hour, int minute, bool bookable)
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, new DateOnly(y, m, d), new TimeOnly(hour, minute)), BookingActor.Resident);

        Assert.Equal(bookable, result.Succeeded);
        if (!bookable)
        {
            Assert.Equal(BookingErrorCode.NotASlot, result.Error?.Code);
        }
    }

    [Fact]
    public async Task BookAsync_ChangedOpeningHours_ApplyAtOnce()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var set = await h.Admin.SetOpeningHoursAsync(Site, [new(DayOfWeek.Monday, new TimeOnly(12, 0), new TimeOnly(18, 0))], "test");
        Assert.True(set.Succeeded);

        var morning = await h.Booking.BookAsync(Request(matter, Monday, new TimeOnly(8, 0)), BookingActor.Resident);
        var evening = await h.Booking.BookAsync(Request(matter, Monday, new TimeOnly(17, 45), TestPesel.Nth(2)), BookingActor.Resident);
        var tuesday = await h.Booking.BookAsync(Request(matter, Monday.AddDays(1), new TimeOnly(10, 0)), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.NotASlot, morning.Error?.Code);
        Assert.True(evening.Succeeded, evening.Error?.MessageEn);
        Assert.Equal(BookingErrorCode.DayClosed, tuesday.Error?.Code);
    }

    [Fact]
    public async Task BookAsync_VisitLengthOfMatter_SetsTheSlotGrid()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(minutes: 30);

        var onGrid = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(8, 30)), BookingActor.Resident);
        var offGrid = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(8, 15), TestPesel.Nth(2)), BookingActor.Resident);

        Assert.True(onGrid.Succeeded, onGrid.Error?.MessageEn);
        Assert.Equal(new TimeOnly(9, 0), onGrid.Visit!.End);
        Assert.Equal(BookingErrorCode.NotASlot, offGrid.Error?.Code);
    }

    [Fact]
    public async Task BookAsync_CapacityReached_RefusesTheNextResident()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 2);
        var time = new TimeOnly(10, 0);

        var first = await h.Booking.BookAsync(Request(matter, Wednesday, time, TestPesel.Nth(1)), BookingActor.Resident);
        var second = await h.Booking.BookAsync(Request(matter, Wednesday, time, TestPesel.Nth(2)), BookingActor.Resident);
        var third = await h.Booking.BookAsync(Request(matter, Wednesday, time, TestPesel.Nth(3)), BookingActor.Resident);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(BookingErrorCode.SlotFull, third.Error?.Code);
        var day = await h.Calendar.GetDayAsync(matter, Site, Wednesday);
        Assert.Equal(0, day.Value!.Slots.Single(s => s.Start == time).Free);
    }

    [Fact]
    public async Task BookAsync_SamePeselSameMatterSameDay_IsRefusedButOtherDayOrMatterIsFine()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 3);
        var other = await h.CreateMatterAsync(counters: 3, category: "U");
        var pesel = TestPesel.Nth(7);

        var first = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.Resident);
        var sameDay = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(11, 0), pesel), BookingActor.Resident);
        var otherDay = await h.Booking.BookAsync(Request(matter, Wednesday.AddDays(1), new TimeOnly(11, 0), pesel), BookingActor.Resident);
        var otherMatter = await h.Booking.BookAsync(Request(other, Wednesday, new TimeOnly(11, 0), pesel), BookingActor.Resident);

        Assert.True(first.Succeeded);
        Assert.Equal(BookingErrorCode.PeselLimitReached, sameDay.Error?.Code);
        Assert.True(otherDay.Succeeded, otherDay.Error?.MessageEn);
        Assert.True(otherMatter.Succeeded, otherMatter.Error?.MessageEn);
    }

    [Theory]
    [InlineData("", "Podaj numer PESEL.")]
    [InlineData("8501011234", "11 cyfr")]
    [InlineData("85O10112345", "11 cyfr")]
    [InlineData("85133112345", "nieprawidłową datę urodzenia")]
    [InlineData("85023012345", "nieprawidłową datę urodzenia")]
    [InlineData("44051401358", "cyfrę kontrolną")]
    public async Task BookAsync_InvalidPesel_ExplainsWhatIsWrong(string pesel, string expected)
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var result = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.InvalidPesel, result.Error?.Code);
        Assert.Equal("pesel", result.Error!.Field);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
        var day = await h.Calendar.GetDayAsync(matter, Site, Wednesday);
        Assert.All(day.Value!.Slots, s => Assert.Equal(0, s.Taken));
    }

    [Fact]
    public async Task BookAsync_BadEmailOrMissingConsent_NamesTheField()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var request = Request(matter, Wednesday, new TimeOnly(10, 0));

        var email = await h.Booking.BookAsync(request with { Email = "jan.kowalski@" }, BookingActor.Resident);
        var consent = await h.Booking.BookAsync(request with { Consent = false }, BookingActor.Resident);
        var name = await h.Booking.BookAsync(request with { FirstName = "<script>" }, BookingActor.Resident);

        Assert.Equal(("email", BookingErrorCode.InvalidInput), (email.Error?.Field, email.Error!.Code));
        Assert.Equal(BookingErrorCode.ConsentRequired, consent.Error?.Code);
        Assert.Equal("firstName", name.Error?.Field);
    }

    [Fact]
    public async Task BookAsync_EveryFieldWrong_AllRefusalsAtOnceInFormOrder()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var request = Request(matter, Wednesday, new TimeOnly(10, 0)) with
        {
            Pesel = "123", FirstName = "", LastName = "9", Email = "x", Phone = "12", Consent = false,
        };

        var result = await h.Booking.BookAsync(request, BookingActor.Resident);

        Assert.Equal(["pesel", "firstName", "lastName", "email", "phone", "consent"], result.Errors.Select(e => e.Field));
        Assert.Equal(result.Errors[0], result.Error);
        Assert.Null(result.Visit);
    }

    [Fact]
    public async Task BookAsync_UnknownMatterOrLocation_IsRefused()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var unknownMatter = await h.Booking.BookAsync(Request(99999, Wednesday, new TimeOnly(10, 0)), BookingActor.Resident);
        var notOffered = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), site: "poznan-gronowa"), BookingActor.Resident);
        var unknownSite = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), site: "nowhere"), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.MatterNotFound, unknownMatter.Error?.Code);
        Assert.Equal(BookingErrorCode.MatterNotOfferedAtLocation, notOffered.Error?.Code);
        Assert.Equal(BookingErrorCode.LocationNotFound, unknownSite.Error?.Code);
    }

    [Fact]
    public async Task CancelAsync_WithPeselMatterDayAndCode_FreesThePlace()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var booked = (await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0)), BookingActor.Resident)).Visit!;

        var cancelled = await h.Booking.CancelAsync(new CancelVisitRequest(TestPesel.Nth(1), matter, Wednesday, booked.Code.ToLowerInvariant()), BookingActor.Resident);
        var rebooked = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), TestPesel.Nth(2)), BookingActor.Resident);

        Assert.True(cancelled.Succeeded, cancelled.Error?.MessageEn);
        Assert.Equal(VisitStatus.Cancelled, cancelled.Visit!.Status);
        Assert.True(rebooked.Succeeded, rebooked.Error?.MessageEn);
        Assert.Equal(VisitStatus.Cancelled, (await h.Booking.FindAsync(booked.Code, TestPesel.Nth(1)))!.Status);
    }

    [Fact]
    public async Task CancelAsync_WrongData_CancelsNothing()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var pesel = TestPesel.Nth(1);
        var code = (await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.Resident)).Visit!.Code;
        var otherCode = code[0] == 'A' ? "B" + code[1..] : "A" + code[1..];

        var wrongCode = await h.Booking.CancelAsync(new CancelVisitRequest(pesel, matter, Wednesday, otherCode), BookingActor.Resident);
        var wrongPesel = await h.Booking.CancelAsync(new CancelVisitRequest(TestPesel.Nth(2), matter, Wednesday, code), BookingActor.Resident);
        var wrongDay = await h.Booking.CancelAsync(new CancelVisitRequest(pesel, matter, Wednesday.AddDays(1), code), BookingActor.Resident);
        var wrongMatter = await h.Booking.CancelAsync(new CancelVisitRequest(pesel, matter + 1, Wednesday, code), BookingActor.Resident);
        var noCode = await h.Booking.CancelAsync(new CancelVisitRequest(pesel, matter, Wednesday, null), BookingActor.Resident);
        var badPesel = await h.Booking.CancelAsync(new CancelVisitRequest("12345678901", matter, Wednesday, code), BookingActor.Resident);

        Assert.All([wrongCode, wrongPesel, wrongDay, wrongMatter], r => Assert.Equal(BookingErrorCode.VisitNotFound, r.Error?.Code));
        Assert.Equal(("code", BookingErrorCode.InvalidInput), (noCode.Error?.Field, noCode.Error!.Code));
        Assert.Equal(BookingErrorCode.InvalidPesel, badPesel.Error?.Code);
        Assert.Equal(VisitStatus.Booked, (await h.Booking.FindAsync(code, pesel))!.Status);
    }

    [Fact]
    public async Task CancelAsync_AgentWithoutCode_CancelsTheCallersVisitAndAudits()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var pesel = TestPesel.Nth(4);
        var booked = await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0), pesel), BookingActor.AgentNamed("anna.agent"));

        var found = await h.Booking.FindActiveByPeselAsync(pesel);
        var cancelled = await h.Booking.CancelAsync(new CancelVisitRequest(pesel, matter, Wednesday, null), BookingActor.AgentNamed("anna.agent"));

        Assert.Equal(BookingChannel.Agent, booked.Visit!.Channel);
        Assert.Equal(booked.Visit.Code, Assert.Single(found).Code);
        Assert.True(cancelled.Succeeded, cancelled.Error?.MessageEn);
        var audit = await h.Admin.GetAuditLogAsync();
        Assert.Contains(audit, e => e is { Actor: "anna.agent", Action: "visit.book" });
        Assert.Contains(audit, e => e is { Actor: "anna.agent", Action: "visit.cancel" });
        Assert.DoesNotContain(audit, e => e.Details.Contains(pesel, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelAsync_AfterTheVisitStarted_IsTooLate()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var code = (await h.Booking.BookAsync(Request(matter, Today, new TimeOnly(9, 30)), BookingActor.Resident)).Visit!.Code;
        h.Clock.Advance(TimeSpan.FromMinutes(95));

        var result = await h.Booking.CancelAsync(new CancelVisitRequest(TestPesel.Nth(1), matter, Today, code), BookingActor.Resident);

        Assert.Equal(BookingErrorCode.CancellationTooLate, result.Error?.Code);
    }

    [Fact]
    public async Task FindAsync_CodeWithWrongPesel_ReturnsNothing()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();
        var code = (await h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(10, 0)), BookingActor.Resident)).Visit!.Code;

        Assert.NotNull(await h.Booking.FindAsync($"{code[..4]}-{code[4..]}", TestPesel.Nth(1)));
        Assert.Null(await h.Booking.FindAsync(code, TestPesel.Nth(2)));
    }
}
