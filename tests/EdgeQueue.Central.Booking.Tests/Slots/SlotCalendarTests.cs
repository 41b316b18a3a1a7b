using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Visits;
using static EdgeQueue.Central.Booking.Tests.Fixtures.BookingHarness;

namespace EdgeQueue.Central.Booking.Tests.Slots;

public abstract class SlotCalendarTests : StoreTestBase
{
    [Fact]
    public async Task GetMonthAsync_December_ShowsFreeFullClosedAndOutOfRangeDays()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 1, minutes: 240);
        var wednesday = new DateOnly(2026, 12, 2);
        await h.Booking.BookAsync(Request(matter, wednesday, new TimeOnly(7, 30), TestPesel.Nth(1)), BookingActor.Resident);
        await h.Booking.BookAsync(Request(matter, wednesday, new TimeOnly(11, 30), TestPesel.Nth(2)), BookingActor.Resident);

        var month = (await h.Calendar.GetMonthAsync(matter, Site, 2026, 12)).Value!;

        Assert.Equal(31, month.Days.Count);
        Assert.Equal((Today, new DateOnly(2026, 12, 31)), (month.FirstBookableDay, month.LastBookableDay));
        DayState StateOf(int day) => month.Days[day - 1].State;
        Assert.Equal(DayState.Free, StateOf(1));
        Assert.Equal(DayState.Full, StateOf(2));
        Assert.Equal(DayState.Free, StateOf(3));
        Assert.Equal(DayState.Closed, StateOf(5));
        Assert.Equal(DayState.Closed, StateOf(6));
        Assert.Equal(DayState.Closed, StateOf(24));
        Assert.Equal("Wigilia Bożego Narodzenia", month.Days[23].Note);
        Assert.Equal(2, month.Days[6].FreeSlots);
    }

    [Fact]
    public async Task GetMonthAsync_MonthBeyondHorizon_IsAllOutOfRangeOrClosed()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        var month = (await h.Calendar.GetMonthAsync(matter, Site, 2027, 2)).Value!;

        Assert.All(month.Days, d => Assert.Equal(DayState.OutOfRange, d.State));
    }

    [Fact]
    public async Task GetMonthAsync_InvalidMonthOrUnofferedLocation_ReturnsError()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync();

        Assert.Equal(BookingErrorCode.InvalidInput, (await h.Calendar.GetMonthAsync(matter, Site, 2026, 13)).Error?.Code);
        Assert.Equal(BookingErrorCode.MatterNotOfferedAtLocation, (await h.Calendar.GetMonthAsync(matter, "poznan-gronowa", 2026, 12)).Error?.Code);
    }

    [Fact]
    public async Task GetDayAsync_Today_HidesHoursInsideTheLeadTime()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 2, minutes: 30);

        var today = (await h.Calendar.GetDayAsync(matter, Site, Today)).Value!;
        h.Clock.Advance(TimeSpan.FromHours(7));
        var evening = (await h.Calendar.GetDayAsync(matter, Site, Today)).Value!;

        Assert.Equal(new TimeOnly(9, 0), today.Slots[0].Start);
        Assert.Equal(new TimeOnly(15, 0), today.Slots[^1].Start);
        Assert.All(today.Slots, s => Assert.Equal((2, 0), (s.Capacity, s.Taken)));
        Assert.Equal(DayState.OutOfRange, evening.State);
        Assert.Empty(evening.Slots);
    }
}
