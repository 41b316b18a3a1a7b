using EdgeQueue.Simulator.Faults;

namespace EdgeQueue.Simulator.Hall;

/// <summary>How to run a simulated hall: which day, how fast, where the files go, which faults.</summary>
internal sealed record HallRunOptions
{
    public int Seed { get; init; } = 1;

    public double Speed { get; init; } = 60;

    /// <summary>Tickets (PNG and text), announcements (WAV), the report.</summary>
    public required string OutFolder { get; init; }

    /// <summary>The hub's data (queue database, log), the site file and the broker's store; default OUT/data.</summary>
    public string? DataFolder { get; init; }

    /// <summary>HTTP port of the hub's pages; a free one when null.</summary>
    public int? HttpPort { get; init; }

    /// <summary>Stop after this much real time (the day is cut short, the loss check still runs).</summary>
    public TimeSpan? RunFor { get; init; }

    public DateOnly? Day { get; init; }

    /// <summary>Walk-ins in the day (default: the profile's 280).</summary>
    public int? WalkIns { get; init; }

    /// <summary>Booked visits in the day (default: the profile's 60).</summary>
    public int? Bookings { get; init; }

    public IReadOnlyList<string> Faults { get; init; } = [];

    /// <summary>
    /// Runs central too (the demo): the city broker, central on the same simulated clock with the
    /// hall's matters, the booked visitors booking there, the hub syncing with it. Without it (sim
    /// day) the bookings are loaded straight into the hub's store.
    /// </summary>
    public bool WithCentral { get; init; }

    /// <summary>HTTP port of central's pages; a free one when null.</summary>
    public int? CentralPort { get; init; }

    /// <summary>The hub to run (its dll or an executable, e.g. the Native AOT hub); null: the IL build beside the simulator.</summary>
    public string? HubProgram { get; init; }
}
