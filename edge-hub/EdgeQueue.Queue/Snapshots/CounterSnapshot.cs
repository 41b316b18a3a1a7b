using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Results;

namespace EdgeQueue.Queue.Snapshots;

/// <summary>One counter: open or not, and its current ticket with its call count (<see cref="TicketInfo.Calls"/>).</summary>
public sealed record CounterSnapshot(
    int Number,
    bool Open,
    IReadOnlyList<string> Categories,
    CallPolicy Policy,
    TicketInfo? Current);
