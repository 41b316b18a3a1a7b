using EdgeQueue.Queue.Events;
using EdgeQueue.Simulation.Reporting;

namespace EdgeQueue.Simulator.Reporting;

/// <summary>Folds the hub's event log into one <see cref="TicketOutcome"/> per ticket of the day.</summary>
internal static class DayOutcomes
{
    public static IReadOnlyList<TicketOutcome> From(HubEventLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var tickets = new Dictionary<long, TicketOutcome>();
        foreach (var (_, requestId, e) in log.Events)
        {
            switch (e)
            {
                case BusinessDayStarted:
                    tickets.Clear();
                    break;
                case TicketIssued issued:
                    tickets[issued.TicketId] = new TicketOutcome(issued.Number, issued.Category, false, issued.At, null, null,
                        TicketEnd.StillWaiting, null, 0, Estimate(log, requestId));
                    break;
                case BookedVisitCheckedIn booked:
                    tickets[booked.TicketId] = new TicketOutcome(booked.Number, booked.Category, true, booked.At, null, null,
                        TicketEnd.StillWaiting, null, 0, Estimate(log, requestId));
                    break;
                case TicketCalled called when tickets.TryGetValue(called.TicketId, out var t):
                    tickets[called.TicketId] = t with
                    {
                        FirstCalledAt = t.FirstCalledAt ?? called.At,
                        Counter = called.Counter,
                        Calls = t.Calls + 1,
                    };
                    break;
                case TicketServed served when tickets.TryGetValue(served.TicketId, out var t):
                    tickets[served.TicketId] = t with { End = TicketEnd.Served, EndedAt = served.At, Counter = served.Counter };
                    break;
                case TicketRemovedAfterNoShows removed when tickets.TryGetValue(removed.TicketId, out var t):
                    tickets[removed.TicketId] = t with { End = TicketEnd.RemovedAfterNoShows, EndedAt = removed.At };
                    break;
                case TicketCancelled cancelled when tickets.TryGetValue(cancelled.TicketId, out var t):
                    tickets[cancelled.TicketId] = t with { End = TicketEnd.Cancelled, EndedAt = cancelled.At };
                    break;
            }
        }

        return [.. tickets.Values.OrderBy(t => t.IssuedAt)];
    }

    private static int? Estimate(HubEventLog log, string? requestId) =>
        requestId is not null && log.EstimatedWaitByRequest.TryGetValue(requestId, out var eta) ? eta : null;
}
