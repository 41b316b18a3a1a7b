using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Sync;
using EdgeQueue.Central.Booking.Tests.Fixtures;
using EdgeQueue.Central.Booking.Visits;
using static EdgeQueue.Central.Booking.Tests.Fixtures.BookingHarness;

namespace EdgeQueue.Central.Booking.Tests.Visits;

/// <summary>No slot is ever overbooked, however many requests race; run on SQLite and PostgreSQL.</summary>
public abstract class ConcurrentBookingTests : StoreTestBase
{
    private static readonly DateOnly Wednesday = new(2026, 12, 2);

    [Fact]
    public async Task BookAsync_FiftyResidentsRaceForTheLastPlace_ExactlyOneWins()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 3);
        var time = new TimeOnly(10, 0);
        for (var i = 0; i < 2; i++)
        {
            Assert.True((await h.Booking.BookAsync(Request(matter, Wednesday, time, TestPesel.Nth(1000 + i)), BookingActor.Resident)).Succeeded);
        }

        using var start = new ManualResetEventSlim();
        var racers = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await h.Booking.BookAsync(Request(matter, Wednesday, time, TestPesel.Nth(i)), BookingActor.Resident);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(racers);

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(BookingErrorCode.SlotFull, r.Error?.Code));
        Assert.Equal(3, await CountBookedAsync(h, matter));
        Assert.Equal(3L, await h.Database.ReadAsync(c => c.CreateCommand(
            "SELECT taken FROM slot_counters WHERE matter_id = @m", ("@m", matter)).ScalarAsync<long>(CancellationToken.None), CancellationToken.None));
    }

    [Fact]
    public async Task BookAsync_OneResidentBooksManyHoursAtOnce_OnlyOneVisitThatDay()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 5);
        var pesel = TestPesel.Nth(42);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(8, 0).AddMinutes(15 * i), pesel), BookingActor.Resident))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(BookingErrorCode.PeselLimitReached, r.Error?.Code));
        Assert.Equal(1, await CountBookedAsync(h, matter));
    }

    [Fact]
    public async Task SiteChangeLog_ConcurrentBookingsAndCancellations_GetGapFreeSequences()
    {
        await using var h = await StartAsync();
        var matter = await h.CreateMatterAsync(counters: 2);
        var results = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            h.Booking.BookAsync(Request(matter, Wednesday, new TimeOnly(8, 0).AddMinutes(15 * (i % 10)), TestPesel.Nth(i)), BookingActor.Resident))));
        var booked = results.Where(r => r.Succeeded).Select(r => r.Visit!).ToList();
        var cancellations = await Task.WhenAll(booked.Take(5).Select((v, i) => Task.Run(() =>
            h.Booking.CancelAsync(new CancelVisitRequest(TestPesel.Nth(results.ToList().FindIndex(r => r.Visit?.Code == v.Code)), matter, Wednesday, v.Code), BookingActor.Resident))));

        var changes = await h.Feed.ReadAsync(Site, 0, 1000);

        Assert.Equal(20, booked.Count);
        Assert.All(cancellations, c => Assert.True(c.Succeeded, c.Error?.MessageEn));
        Assert.Equal(Enumerable.Range(1, 25).Select(i => (long)i), changes.Select(c => c.Sequence));
        Assert.Equal(20, changes.Count(c => c.Kind == SiteBookingChangeKind.Booked));
        Assert.Equal(5, changes.Count(c => c.Kind == SiteBookingChangeKind.Cancelled));
        Assert.Equal(25L, await h.Feed.GetLastSequenceAsync(Site));
        Assert.Equal(changes.Skip(10).Select(c => c.Sequence), (await h.Feed.ReadAsync(Site, 10, 100)).Select(c => c.Sequence));
    }

    private static Task<long> CountBookedAsync(BookingHarness h, int matter) =>
        h.Database.ReadAsync(c => c.CreateCommand("SELECT COUNT(*) FROM visits WHERE matter_id = @m AND status = 'booked'", ("@m", matter))
            .ScalarAsync<long>(CancellationToken.None), CancellationToken.None);
}
