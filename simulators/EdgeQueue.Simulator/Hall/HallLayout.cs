using EdgeQueue.Simulation.Traffic;

namespace EdgeQueue.Simulator.Hall;

/// <summary>
/// The simulated hall's furniture: dispensers with one button per category (in the profile's
/// order), counters with the categories they serve, one keypad and one counter display per counter. The default is the
/// demo hall: 3 dispensers, 8 counters, 4 categories.
/// </summary>
internal sealed record HallLayout(HallProfile Profile, int Dispensers, IReadOnlyList<IReadOnlyList<string>> Counters)
{
    public static HallLayout Demo(HallProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var p = profile.Categories.Select(c => c.Prefix).ToList();
        string At(int i) => p[i % p.Count];
        return new HallLayout(profile, profile.Dispensers,
        [
            [At(0)],
            [At(0), At(3)],
            [At(1)],
            [At(1), At(2)],
            [At(2)],
            [At(3), At(0)],
            [.. p],
            [At(1), At(0)],
        ]);
    }

    public static string DispenserId(int index) => $"disp-{index + 1:00}";

    public static string KeypadId(int counterIndex) => $"keypad-{counterIndex + 1:00}";

    /// <summary>The LED digits above counter <paramref name="counterIndex"/> + 1.</summary>
    public static string BoardId(int counterIndex) => $"board-{counterIndex + 1:00}";

    public static string PrinterId(int dispenserIndex) => $"kiosk-{dispenserIndex + 1}";

    public IEnumerable<string> DeviceIds =>
        Enumerable.Range(0, Dispensers).Select(DispenserId)
            .Concat(Enumerable.Range(0, Counters.Count).Select(KeypadId))
            .Concat(Enumerable.Range(0, Counters.Count).Select(BoardId));

    /// <summary>The dispenser button (from 0) of a category.</summary>
    public int ButtonOf(string category) =>
        Profile.Categories.Select((c, i) => (c, i)).First(x => x.c.Prefix == category).i;
}
