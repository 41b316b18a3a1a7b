namespace EdgeQueue.Simulation.Traffic;

/// <summary>
/// Plans a day in a hall from a profile and a seed: walk-ins as a Poisson process whose rate
/// follows a morning peak, booked visits on their slots (some early, some late, some never come),
/// and what each resident will do at the counter. The same seed plans the same day.
/// </summary>
public static class DayTrafficModel
{
    private const string CodeAlphabet = "ACDEFGHJKMNPQRTUVWXY34679";

    public static DayPlan Plan(HallProfile profile, DateOnly day, int seed)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (profile.Categories.Count == 0)
        {
            throw new ArgumentException("a hall profile needs at least one category", nameof(profile));
        }

        var random = new Random(seed);
        var arrivals = new List<PlannedArrival>();
        arrivals.AddRange(WalkIns(profile, random));
        arrivals.AddRange(BookedVisits(profile, random));
        var ordered = arrivals.OrderBy(a => a.At).ThenBy(a => a.Category, StringComparer.Ordinal)
            .Select((a, i) => a with { Number = i + 1 })
            .ToList();
        return new DayPlan(day, seed, profile, ordered);
    }

    /// <summary>Relative arrival rate at a moment since opening: 1 in quiet hours, PeakFactor at the peak.</summary>
    public static double Intensity(HallProfile profile, TimeSpan sinceOpening)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var peak = profile.PeakAt - profile.Opens;
        var z = (sinceOpening - peak).TotalMinutes / profile.PeakWidth.TotalMinutes;
        return 1 + ((profile.PeakFactor - 1) * Math.Exp(-z * z / 2));
    }

    private static IEnumerable<PlannedArrival> WalkIns(HallProfile profile, Random random)
    {
        var window = profile.OpenFor - profile.LastWalkInBeforeClose;
        if (window <= TimeSpan.Zero || profile.WalkInsPerDay <= 0)
        {
            yield break;
        }

        // Thinning (Lewis–Shedler): candidates at the peak rate, each kept with rate(t)/peak.
        var meanIntensity = MeanIntensity(profile, window);
        var peakRatePerMinute = profile.WalkInsPerDay / window.TotalMinutes / meanIntensity * Math.Max(1, profile.PeakFactor);
        var t = 0.0;
        while (true)
        {
            t += -Math.Log(1.0 - random.NextDouble()) / peakRatePerMinute;
            if (t >= window.TotalMinutes)
            {
                yield break;
            }

            var at = TimeSpan.FromMinutes(t);
            if (random.NextDouble() * Math.Max(1, profile.PeakFactor) > Intensity(profile, at))
            {
                continue;
            }

            var category = PickCategory(profile, random);
            yield return new PlannedArrival(
                Number: 0,
                At: at,
                Category: category.Prefix,
                Dispenser: random.Next(profile.Dispensers),
                Kind: ArrivalKind.WalkIn,
                MissesCall: random.NextDouble() < profile.WalkInMissedCallRate,
                TransferTo: PickTransfer(profile, category, random),
                ServiceTime: ServiceTimeSampler.Sample(random, category.MeanServiceMinutes, category.ServiceVariation));
        }
    }

    private static IEnumerable<PlannedArrival> BookedVisits(HallProfile profile, Random random)
    {
        var slots = (int)((profile.OpenFor - profile.BookingSlot) / profile.BookingSlot) + 1;
        if (slots <= 0)
        {
            yield break;
        }

        for (var i = 0; i < profile.BookedVisitsPerDay; i++)
        {
            var bookedFor = profile.BookingSlot * (i % slots);
            var category = PickCategory(profile, random);
            var arrives = random.NextDouble() >= profile.BookedNoShowRate;
            var late = random.NextDouble() < profile.BookedLateRate;

            // Most come 0–15 minutes early; the late ones come 20–45 minutes after their time.
            var offset = late
                ? TimeSpan.FromMinutes(20 + (random.NextDouble() * 25))
                : -TimeSpan.FromMinutes(random.NextDouble() * 15);
            var at = bookedFor + offset;
            yield return new PlannedArrival(
                Number: 0,
                At: at < TimeSpan.Zero ? TimeSpan.Zero : at,
                Category: category.Prefix,
                Dispenser: random.Next(profile.Dispensers),
                Kind: ArrivalKind.Booked,
                Arrives: arrives,
                BookingCode: Code(random),
                BookedFor: bookedFor,
                ServiceTime: ServiceTimeSampler.Sample(random, category.MeanServiceMinutes, category.ServiceVariation));
        }
    }

    private static double MeanIntensity(HallProfile profile, TimeSpan window)
    {
        const int Steps = 600;
        var sum = 0.0;
        for (var i = 0; i < Steps; i++)
        {
            sum += Intensity(profile, window * ((i + 0.5) / Steps));
        }

        return sum / Steps;
    }

    private static CategoryProfile PickCategory(HallProfile profile, Random random)
    {
        var total = profile.Categories.Sum(c => c.WalkInShare);
        var pick = random.NextDouble() * total;
        foreach (var category in profile.Categories)
        {
            pick -= category.WalkInShare;
            if (pick < 0)
            {
                return category;
            }
        }

        return profile.Categories[^1];
    }

    private static string? PickTransfer(HallProfile profile, CategoryProfile from, Random random)
    {
        if (profile.Categories.Count < 2 || random.NextDouble() >= profile.TransferRate)
        {
            return null;
        }

        var others = profile.Categories.Where(c => c.Prefix != from.Prefix).ToList();
        return others[random.Next(others.Count)].Prefix;
    }

    private static string Code(Random random) =>
        string.Create(6, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = CodeAlphabet[r.Next(CodeAlphabet.Length)];
            }
        });
}
