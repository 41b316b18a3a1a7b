using System.Collections.Concurrent;

namespace EdgeQueue.Simulator.People;

/// <summary>Who in the hall holds which ticket, so a clerk knows whether anybody answers a call.</summary>
internal sealed class HallRoster
{
    private readonly ConcurrentDictionary<string, Resident> _byTicket = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Resident> _all = new();

    public IReadOnlyCollection<Resident> Residents => [.. _all];

    public void Arrived(Resident resident) => _all.Enqueue(resident);

    public void Holds(Resident resident, string ticket)
    {
        ArgumentNullException.ThrowIfNull(resident);
        resident.Ticket = ticket;
        _byTicket[ticket] = resident;
    }

    /// <summary>The resident holding <paramref name="ticket"/>, or null (nobody has it: an unprinted ticket).</summary>
    public Resident? Holder(string ticket) => _byTicket.GetValueOrDefault(ticket);
}
