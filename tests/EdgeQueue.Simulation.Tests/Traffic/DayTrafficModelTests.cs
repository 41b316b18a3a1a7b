using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulation.Tests.Traffic;

public sealed class DayTrafficModelTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly HallProfile Hall = HallProfile.CityHall();

    [Fact]
    public void Plan_SameSeed_PlansTheSameDay()
    {
        var first = DayTrafficModel.Plan(Hall, Day, seed: 7);
        var second = DayTrafficModel.Plan(Hall, Day, seed: 7);

        Assert.Equal(first.Arrivals, second.Arrivals);
    }

    [Fact]
    public void Plan_OtherSeed_PlansAnotherDay()
    {
        var first = DayTrafficModel.Plan(Hall, Day, seed: 7);
        var second = DayTrafficModel.Plan(Hall, Day, seed: 8);

        Assert.NotEqual(first.Arrivals.Select(a => a.At), second.Arrivals.Select(a => a.At));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plan_WalkIns_NumberNearTheProfile(int seed)
    {
        var count = DayTrafficModel.Plan(Hall, Day, seed).WalkIns.Count();

        // Poisson with mean 280: ±20 % is more than three standard deviations.
        Assert.InRange(count, Hall.WalkInsPerDay * 0.8, Hall.WalkInsPerDay * 1.2);
    }

    [Fact]
    public void Plan_MorningPeak_BusierThanTheAfternoon()
    {
        var walkIns = DayTrafficModel.Plan(Hall, Day, seed: 11).WalkIns.ToList();
        var peakHour = walkIns.Count(a => a.At >= TimeSpan.FromHours(1.5) && a.At < TimeSpan.FromHours(2.5));
        var lateHour = walkIns.Count(a => a.At >= TimeSpan.FromHours(6.5) && a.At < TimeSpan.FromHours(7.5));

        Assert.True(peakHour > 2 * lateHour, $"peak hour {peakHour}, late hour {lateHour}");
    }

    [Fact]
    public void Plan_WalkIns_StopAtTheIssueCutOff()
    {
        var plan = DayTrafficModel.Plan(Hall, Day, seed: 5);

        Assert.All(plan.WalkIns, a => Assert.True(a.At < Hall.OpenFor - Hall.LastWalkInBeforeClose));
    }

    [Fact]
    public void Plan_Bookings_HaveCodesSlotsAndSomeMissing()
    {
        var bookings = DayTrafficModel.Plan(Hall, Day, seed: 5).Bookings.ToList();

        Assert.Equal(Hall.BookedVisitsPerDay, bookings.Count);
        Assert.All(bookings, b => Assert.Matches("^[ACDEFGHJKMNPQRTUVWXY34679]{6}$", b.BookingCode));
        Assert.All(bookings, b => Assert.Equal(0, b.BookedFor!.Value.Ticks % Hall.BookingSlot.Ticks));
        Assert.Contains(bookings, b => !b.Arrives);
        Assert.Contains(bookings, b => b.At > b.BookedFor);
    }

    [Fact]
    public void Plan_Arrivals_NumberedInArrivalOrder()
    {
        var arrivals = DayTrafficModel.Plan(Hall, Day, seed: 3).Arrivals;

        Assert.Equal(Enumerable.Range(1, arrivals.Count), arrivals.Select(a => a.Number));
        Assert.Equal(arrivals.OrderBy(a => a.At).Select(a => a.At), arrivals.Select(a => a.At));
    }

    [Fact]
    public void Plan_Transfers_GoToAnotherCategory()
    {
        var plan = DayTrafficModel.Plan(Hall with { TransferRate = 0.5 }, Day, seed: 9);

        var transfers = plan.WalkIns.Where(a => a.TransferTo is not null).ToList();
        Assert.NotEmpty(transfers);
        Assert.All(transfers, a => Assert.NotEqual(a.Category, a.TransferTo));
    }

    [Fact]
    public void Plan_NoCategories_IsRefusedClearly()
    {
        var e = Assert.Throws<ArgumentException>(() => DayTrafficModel.Plan(Hall with { Categories = [] }, Day, 1));

        Assert.Contains("at least one category", e.Message, StringComparison.Ordinal);
    }
}
