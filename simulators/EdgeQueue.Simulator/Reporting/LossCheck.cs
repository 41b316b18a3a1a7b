using System.Globalization;
using EdgeQueue.Queue.Events;
using EdgeQueue.Simulator.Devices;

namespace EdgeQueue.Simulator.Reporting;

/// <summary>
/// The run's verdict on "nothing lost": every ticket a device asked for and got an answer with a
/// ticket number for is in the hub's event log exactly once, under that event id and number; no
/// request id issued two tickets; and every ticket of the day ended (served, removed after the
/// no-show limit, or cancelled).
/// </summary>
internal sealed record LossCheck(int Answered, int FoundOnce, int IssuedWithoutAnswer, int Tickets, int Ended, IReadOnlyList<string> Problems)
{
    public bool NothingLost => Problems.Count == 0;

    public string Summary => NothingLost
        ? string.Create(CultureInfo.InvariantCulture,
            $"nothing lost: {FoundOnce} of {Answered} answered ticket requests and check-ins are in the hub's database exactly once; {Ended} of {Tickets} tickets ended")
        : string.Create(CultureInfo.InvariantCulture, $"{Problems.Count} problem(s): {Problems[0]}");

    public static LossCheck Run(IEnumerable<LedgerEntry> requests, HubEventLog log, bool requireEnded)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(log);
        var problems = new List<string>();
        var issuedByRequest = log.Events
            .Where(e => e.Event is TicketIssued or BookedVisitCheckedIn && e.RequestId is not null)
            .GroupBy(e => e.RequestId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => Number(e.Event)).ToList(), StringComparer.Ordinal);
        foreach (var (request, numbers) in issuedByRequest.Where(p => p.Value.Count > 1))
        {
            problems.Add($"event {request} issued {numbers.Count} tickets ({string.Join(", ", numbers)})");
        }

        var answered = requests.Where(r => r.Reply?.Ticket is not null).ToList();
        var foundOnce = 0;
        foreach (var entry in answered)
        {
            if (!issuedByRequest.TryGetValue(entry.EventId, out var numbers))
            {
                problems.Add($"{entry.DeviceId} was given ticket {entry.Reply!.Ticket} for event {entry.EventId}, but the hub's database has no ticket for it");
            }
            else if (numbers.Count == 1 && numbers[0] == entry.Reply!.Ticket)
            {
                foundOnce++;
            }
            else if (numbers.Count == 1)
            {
                problems.Add($"{entry.DeviceId} was given ticket {entry.Reply!.Ticket} for event {entry.EventId}, the database says {numbers[0]}");
            }
        }

        var answeredIds = answered.Select(a => a.EventId).ToHashSet(StringComparer.Ordinal);
        var withoutAnswer = issuedByRequest.Keys.Count(k => !answeredIds.Contains(k));
        var dayStart = log.Events.LastOrDefault(e => e.Event is BusinessDayStarted)?.Sequence ?? 0;
        var today = log.Events.Where(e => e.Sequence > dayStart).ToList();
        var numberOf = today.Select(e => e.Event).Where(e => e is TicketIssued or BookedVisitCheckedIn).ToDictionary(Id, Number);
        var issued = numberOf.Keys.ToHashSet();
        var ended = today.Select(e => e.Event)
            .Where(e => e is TicketServed or TicketRemovedAfterNoShows or TicketCancelled)
            .Select(Id).Where(issued.Contains).ToHashSet();
        if (requireEnded)
        {
            foreach (var open in issued.Except(ended).Take(5))
            {
                problems.Add($"ticket {numberOf[open]} never ended (not served, removed or cancelled)");
            }
        }

        return new LossCheck(answered.Count, foundOnce, withoutAnswer, issued.Count, ended.Count, problems);
    }

    private static string Number(QueueEvent e) => e switch
    {
        TicketIssued i => i.Number,
        BookedVisitCheckedIn b => b.Number,
        _ => "?",
    };

    private static long Id(QueueEvent e) => e switch
    {
        TicketIssued i => i.TicketId,
        BookedVisitCheckedIn b => b.TicketId,
        TicketServed s => s.TicketId,
        TicketRemovedAfterNoShows r => r.TicketId,
        TicketCancelled c => c.TicketId,
        _ => -1,
    };
}
