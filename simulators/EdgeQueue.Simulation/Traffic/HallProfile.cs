namespace EdgeQueue.Simulation.Traffic;

/// <summary>
/// The shape of a day in a hall: opening hours, how many residents come, when the morning peak
/// is, how booked visitors keep their times and how often people miss their call.
/// </summary>
public sealed record HallProfile
{
    public required IReadOnlyList<CategoryProfile> Categories { get; init; }

    public TimeOnly Opens { get; init; } = new(7, 30);

    public TimeOnly Closes { get; init; } = new(15, 30);

    /// <summary>Walk-ins stop this long before closing (the dispensers' issue cut-off).</summary>
    public TimeSpan LastWalkInBeforeClose { get; init; } = TimeSpan.FromMinutes(30);

    // About what eight counters serve in a day beside the booked visits (mean service ~9 min).
    public int WalkInsPerDay { get; init; } = 280;

    public TimeOnly PeakAt { get; init; } = new(9, 30);

    /// <summary>Standard deviation of the bell-shaped morning peak.</summary>
    public TimeSpan PeakWidth { get; init; } = TimeSpan.FromMinutes(70);

    /// <summary>Arrival rate at the peak, as a multiple of the quiet-hours rate.</summary>
    public double PeakFactor { get; init; } = 3.0;

    public int BookedVisitsPerDay { get; init; } = 60;

    /// <summary>Booked visits every this often, from opening on.</summary>
    public TimeSpan BookingSlot { get; init; } = TimeSpan.FromMinutes(15);

    public double BookedNoShowRate { get; init; } = 0.08;

    public double BookedLateRate { get; init; } = 0.07;

    public double WalkInMissedCallRate { get; init; } = 0.04;

    public double TransferRate { get; init; } = 0.03;

    public int Dispensers { get; init; } = 3;

    /// <summary>A hall like the ones in Poznań or Toruń: four matters, a busy morning.</summary>
    public static HallProfile CityHall() => new()
    {
        Categories =
        [
            new CategoryProfile("A", "Dowody osobiste", 0.40, 7),
            new CategoryProfile("B", "Rejestracja pojazdów", 0.30, 12),
            new CategoryProfile("C", "Prawa jazdy", 0.15, 10),
            new CategoryProfile("D", "Meldunki", 0.15, 6),
        ],
    };

    public TimeSpan OpenFor => Closes - Opens;
}
