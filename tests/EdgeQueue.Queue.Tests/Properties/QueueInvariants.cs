using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Tests.Properties;

/// <summary>The properties every sequence of commands must keep (issue 4).</summary>
public static class QueueInvariants
{
    /// <summary>Throws (failing the property) with a message naming the broken rule.</summary>
    public static void Check(IReadOnlyList<QueueEvent> log, QueueState state)
    {
        NumbersUniquePerCategoryPerDay(log);
        NeverServedAtTwoCounters(state);
        EveryTicketTerminalOnceOrStillOpen(log, state);
        OpenTicketsAreTheDaysUnendedTickets(state);
        WaitingCountsAreTheWaitingTickets(state);
        var rebuilt = log.Aggregate(QueueState.Empty, (s, e) => s.Apply(e));
        Assert.True(rebuilt.Equals(state), "the state rebuilt from the events differs from the live state");
    }

    /// <summary>The open tickets, kept one change at a time beside the ticket map, are exactly a full scan's.</summary>
    private static void OpenTicketsAreTheDaysUnendedTickets(QueueState state)
    {
        var scanned = state.Tickets.Values.Where(t => !t.IsTerminal).ToList();
        Assert.True(scanned.SequenceEqual(state.OpenTickets),
            $"open tickets [{string.Join(", ", state.OpenTickets.Select(t => t.Number))}] differ from the day's unended [{string.Join(", ", scanned.Select(t => t.Number))}]");
    }

    /// <summary>The waiting counts per category, kept one change at a time, are exactly a full scan's.</summary>
    private static void WaitingCountsAreTheWaitingTickets(QueueState state)
    {
        var scanned = state.Tickets.Values.Where(t => t.Status == TicketStatus.Waiting)
            .GroupBy(t => t.Category, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var kept = state.WaitingByCategory.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        Assert.True(scanned.Count == kept.Count && scanned.All(p => kept.GetValueOrDefault(p.Key) == p.Value),
            $"waiting counts [{string.Join(", ", kept.Select(p => $"{p.Key}={p.Value}"))}] differ from the waiting tickets [{string.Join(", ", scanned.Select(p => $"{p.Key}={p.Value}"))}]");
    }

    private static void NumbersUniquePerCategoryPerDay(IReadOnlyList<QueueEvent> log)
    {
        var day = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in log)
        {
            var number = e switch
            {
                BusinessDayStarted => null,
                TicketIssued i => i.Number,
                BookedVisitCheckedIn c => c.Number,
                _ => string.Empty,
            };
            if (number is null)
            {
                day.Clear();
            }
            else if (number.Length > 0)
            {
                Assert.True(day.Add(number), $"ticket number {number} was issued twice on one day");
            }
        }
    }

    private static void NeverServedAtTwoCounters(QueueState state)
    {
        var current = state.Counters.Values.Where(c => c.CurrentTicketId is not null).ToList();
        Assert.Equal(current.Count, current.Select(c => c.CurrentTicketId).Distinct().Count());
        foreach (var counter in current)
        {
            var ticket = state.Tickets[counter.CurrentTicketId!.Value];
            Assert.Equal((TicketStatus.Called, counter.Number), (ticket.Status, ticket.Counter!.Value));
        }

        var called = state.Tickets.Values.Where(t => t.Status == TicketStatus.Called).ToList();
        Assert.Equal(called.Count, current.Count);
    }

    private static void EveryTicketTerminalOnceOrStillOpen(IReadOnlyList<QueueEvent> log, QueueState state)
    {
        var terminal = new Dictionary<long, int>();
        var issued = new List<long>();
        foreach (var e in log)
        {
            switch (e)
            {
                case TicketIssued i:
                    issued.Add(i.TicketId);
                    break;
                case BookedVisitCheckedIn c:
                    issued.Add(c.TicketId);
                    break;
                case TicketServed s:
                    terminal[s.TicketId] = terminal.GetValueOrDefault(s.TicketId) + 1;
                    break;
                case TicketRemovedAfterNoShows r:
                    terminal[r.TicketId] = terminal.GetValueOrDefault(r.TicketId) + 1;
                    break;
                case TicketCancelled c:
                    terminal[c.TicketId] = terminal.GetValueOrDefault(c.TicketId) + 1;
                    break;
                case TicketCalled called:
                    Assert.False(terminal.ContainsKey(called.TicketId), $"ticket {called.Number} was called after it ended");
                    break;
            }
        }

        foreach (var id in issued)
        {
            var ends = terminal.GetValueOrDefault(id);
            Assert.True(ends <= 1, $"ticket {id} ended {ends} times");
            if (ends == 0)
            {
                Assert.True(state.Tickets.TryGetValue(id, out var ticket) && !ticket.IsTerminal,
                    $"ticket {id} never ended yet is not waiting, called or set aside");
            }
            else if (state.Tickets.TryGetValue(id, out var ticket))
            {
                Assert.True(ticket.IsTerminal, $"ticket {id} ended but its state is {ticket.Status}");
            }
        }
    }
}
