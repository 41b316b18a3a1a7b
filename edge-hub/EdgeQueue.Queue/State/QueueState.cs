using System.Collections.Immutable;
using System.Text.Json.Serialization;
using EdgeQueue.Queue.Events;

namespace EdgeQueue.Queue.State;

/// <summary>
/// The site's queue as its events left it. Immutable: <see cref="Apply"/> returns a new state, so a
/// command's events can be tried on a copy and thrown away if the store does not commit them.
/// Applying an event never throws and never consults the clock or the configuration, so replaying
/// the log always gives the same state.
/// </summary>
public sealed record QueueState
{
    // Copied by `with` like any field, which is safe: it is only used while its Source is this state's Tickets.
    private OpenTicketCache? _openTickets;

    public static QueueState Empty { get; } = new();

    /// <summary>The business day the queue belongs to (<see cref="DateOnly.MinValue"/> before the first).</summary>
    public DateOnly Day { get; init; } = DateOnly.MinValue;

    /// <summary>Ticket ids never repeat, across days.</summary>
    public long LastTicketId { get; init; }

    public ImmutableSortedDictionary<long, TicketState> Tickets { get; init; } = ImmutableSortedDictionary<long, TicketState>.Empty;

    public ImmutableSortedDictionary<string, CategoryDay> Categories { get; init; } =
        ImmutableSortedDictionary.Create<string, CategoryDay>(StringComparer.Ordinal);

    public ImmutableSortedDictionary<int, CounterState> Counters { get; init; } = ImmutableSortedDictionary<int, CounterState>.Empty;

    public ImmutableSortedDictionary<string, BookingState> Bookings { get; init; } =
        ImmutableSortedDictionary.Create<string, BookingState>(StringComparer.Ordinal);

    /// <summary>
    /// Today's tickets that have not ended (waiting, called, set aside), in id order. Kept beside the
    /// ticket map and changed with it one ticket at a time (<see cref="SetTicket"/>), so neither the
    /// rules nor applying an event walk the whole day: by the afternoon a busy hall has thousands of
    /// ended tickets and a few dozen open ones. A state built another way (read from JSON) finds them
    /// once and keeps them.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<TicketState> OpenTickets => OpenCache().Tickets;

    /// <summary>
    /// Category prefix → tickets waiting in it (categories with none are absent). Kept with the open
    /// tickets, one ticket at a time, because the hall screen, the dispensers and the keypads read it
    /// after every commit.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, int> WaitingByCategory => OpenCache().Waiting;

    public CategoryDay CategoryDayOf(string prefix) =>
        Categories.TryGetValue(prefix, out var day) ? day : new CategoryDay { Prefix = prefix };

    public CounterState CounterOf(int number) =>
        Counters.TryGetValue(number, out var counter) ? counter : new CounterState { Number = number };

    public TicketState? CurrentTicketAt(int counter) =>
        Counters.TryGetValue(counter, out var state) && state.CurrentTicketId is { } id && Tickets.TryGetValue(id, out var ticket)
            ? ticket
            : null;

    public QueueState Apply(QueueEvent queueEvent) => queueEvent switch
    {
        BusinessDayStarted e => StartDay(e),
        TicketIssued e => AddTicket(e.DailySequence, walkIn: true, new TicketState
        {
            Id = e.TicketId, Number = e.Number, Category = e.Category, Kind = TicketKind.WalkIn, IssuedAt = e.At,
        }),
        BookedVisitCheckedIn e => CheckIn(e),
        TicketPrinted e => Printed(e.TicketId, TicketPrint.Printed, null),
        TicketNotPrinted e => Printed(e.TicketId, TicketPrint.NotPrinted, e.Reason),
        TicketCalled e => Call(e),
        TicketRecalled => this,
        TicketSetAside e => LeaveCounter(e.TicketId, e.Counter, t => t with
        {
            Status = TicketStatus.SetAside, Counter = e.Counter, ReturnAfterCall = CounterOf(e.Counter).CallSequence + 1,
        }),
        TicketRemovedAfterNoShows e => LeaveCounter(e.TicketId, e.Counter, t => t with { Status = TicketStatus.RemovedAfterNoShows }),
        TicketServed e => Serve(e),
        TicketTransferred e => LeaveCounter(e.TicketId, e.Counter, t => t with
        {
            Status = TicketStatus.Waiting, Category = e.ToCategory, Counter = null, Calls = 0, LastCalledAt = null,
        }),
        TicketCancelled e => Cancel(e),
        CounterOpened e => this with { Counters = Counters.SetItem(e.Counter, CounterOf(e.Counter) with { Open = true }) },
        CounterClosed e => this with { Counters = Counters.SetItem(e.Counter, CounterOf(e.Counter) with { Open = false }) },
        BookingRegistered e => PutBooking(e.Code, e.Category, e.VisitTime, e.DisplayName, e.Version),
        BookingChanged e => PutBooking(e.Code, e.Category, e.VisitTime, e.DisplayName, e.Version),
        BookingCancelled e => Bookings.TryGetValue(e.Code, out var booking)
            ? this with { Bookings = Bookings.SetItem(e.Code, booking with { Cancelled = true, Version = e.Version }) }
            : this,
        _ => this,
    };

    public bool Equals(QueueState? other) =>
        other is not null && Day == other.Day && LastTicketId == other.LastTicketId &&
        Tickets.SequenceEqual(other.Tickets) && Categories.SequenceEqual(other.Categories) &&
        Counters.SequenceEqual(other.Counters) && Bookings.SequenceEqual(other.Bookings);

    public override int GetHashCode() => HashCode.Combine(Day, LastTicketId, Tickets.Count, Bookings.Count);

    private QueueState StartDay(BusinessDayStarted e)
    {
        var cleared = Tickets.Clear();
        return this with
        {
            Day = e.Day,
            Tickets = cleared,
            _openTickets = OpenTicketCache.Empty(cleared),
            Categories = Categories.Clear(),
            Counters = Counters.ToImmutableSortedDictionary(c => c.Key, c => c.Value with { CurrentTicketId = null, CallSequence = 0 }),
            Bookings = Bookings.RemoveRange(Bookings.Values.Where(b => b.VisitTime < e.DayStart).Select(b => b.Code)),
        };
    }

    private QueueState AddTicket(int sequence, bool walkIn, TicketState ticket)
    {
        var day = CategoryDayOf(ticket.Category);
        return SetTicket(ticket) with
        {
            LastTicketId = Math.Max(LastTicketId, ticket.Id),
            Categories = Categories.SetItem(ticket.Category, day with
            {
                Issued = Math.Max(day.Issued, sequence),
                WalkIns = walkIn ? day.WalkIns + 1 : day.WalkIns,
            }),
        };
    }

    private QueueState CheckIn(BookedVisitCheckedIn e)
    {
        var state = AddTicket(e.DailySequence, walkIn: false, new TicketState
        {
            Id = e.TicketId,
            Number = e.Number,
            Category = e.Category,
            Kind = TicketKind.Booked,
            IssuedAt = e.At,
            BookingCode = e.BookingCode,
            VisitTime = e.VisitTime,
        });
        return Bookings.TryGetValue(e.BookingCode, out var booking)
            ? state with { Bookings = Bookings.SetItem(e.BookingCode, booking with { TicketId = e.TicketId }) }
            : state;
    }

    private QueueState Printed(long ticketId, TicketPrint print, string? failure) =>
        Tickets.TryGetValue(ticketId, out var ticket)
            ? SetTicket(ticket with { Print = print, PrintFailure = failure })
            : this;

    private QueueState Call(TicketCalled e)
    {
        if (!Tickets.TryGetValue(e.TicketId, out var ticket))
        {
            return this;
        }

        var counter = CounterOf(e.Counter);
        return SetTicket(ticket with
        {
            Status = TicketStatus.Called, Counter = e.Counter, Calls = e.CallCount, LastCalledAt = e.At, ReturnAfterCall = 0,
        }) with
        {
            Counters = Counters.SetItem(e.Counter, counter with
            {
                CurrentTicketId = e.TicketId, CallSequence = counter.CallSequence + 1,
            }),
        };
    }

    private QueueState Serve(TicketServed e)
    {
        if (!Tickets.TryGetValue(e.TicketId, out var ticket))
        {
            return this;
        }

        var state = LeaveCounter(e.TicketId, e.Counter, t => t with { Status = TicketStatus.Served });
        return state with
        {
            Categories = state.Categories.SetItem(ticket.Category, state.CategoryDayOf(ticket.Category).WithServiceTime(e.ServiceTime)),
        };
    }

    private QueueState Cancel(TicketCancelled e)
    {
        if (!Tickets.TryGetValue(e.TicketId, out var ticket))
        {
            return this;
        }

        var state = ticket is { Status: TicketStatus.Called, Counter: { } counter }
            ? LeaveCounter(e.TicketId, counter, t => t)
            : this;
        return state.SetTicket(ticket with { Status = TicketStatus.Cancelled });
    }

    /// <summary>The ticket leaves its counter (which becomes free) and changes as <paramref name="change"/> says.</summary>
    private QueueState LeaveCounter(long ticketId, int counter, Func<TicketState, TicketState> change)
    {
        if (!Tickets.TryGetValue(ticketId, out var ticket))
        {
            return this;
        }

        var counters = Counters.TryGetValue(counter, out var state) && state.CurrentTicketId == ticketId
            ? Counters.SetItem(counter, state with { CurrentTicketId = null })
            : Counters;
        return SetTicket(change(ticket)) with { Counters = counters };
    }

    private QueueState PutBooking(string code, string category, DateTimeOffset visitTime, string displayName, long version)
    {
        var existing = Bookings.GetValueOrDefault(code);
        return this with
        {
            Bookings = Bookings.SetItem(code, new BookingState
            {
                Code = code,
                Category = category,
                VisitTime = visitTime,
                DisplayName = displayName,
                Version = version,
                Cancelled = false,
                TicketId = existing?.TicketId,
            }),
        };
    }

    /// <summary>One ticket changed: the ticket map and the open tickets beside it, each by one entry.</summary>
    private QueueState SetTicket(TicketState ticket)
    {
        var tickets = Tickets.SetItem(ticket.Id, ticket);
        return this with { Tickets = tickets, _openTickets = OpenCache().With(tickets, ticket) };
    }

    private OpenTicketCache OpenCache()
    {
        var cache = _openTickets;
        if (cache is not null && ReferenceEquals(cache.Source, Tickets))
        {
            return cache;
        }

        cache = OpenTicketCache.Scan(Tickets);
        _openTickets = cache;
        return cache;
    }

    /// <summary>
    /// The open tickets of one ticket map (<see cref="Source"/>) as an array in id order, never
    /// changed once made, and how many of them wait in each category. A plain array because they are
    /// read far more often than changed (every issue counts the people ahead): walking an array is
    /// many times cheaper than walking an immutable tree, and a change copies it once (a few
    /// thousand references at most, one block move).
    /// </summary>
    private sealed class OpenTicketCache(
        ImmutableSortedDictionary<long, TicketState> source, TicketState[] tickets, ImmutableSortedDictionary<string, int> waiting)
    {
        private static readonly ImmutableSortedDictionary<string, int> NoneWaiting = ImmutableSortedDictionary.Create<string, int>(StringComparer.Ordinal);

        public ImmutableSortedDictionary<long, TicketState> Source { get; } = source;

        public TicketState[] Tickets { get; } = tickets;

        public ImmutableSortedDictionary<string, int> Waiting { get; } = waiting;

        public static OpenTicketCache Empty(ImmutableSortedDictionary<long, TicketState> source) => new(source, [], NoneWaiting);

        /// <summary>Found by walking the whole map: once for a state that was not built event by event (read from JSON).</summary>
        public static OpenTicketCache Scan(ImmutableSortedDictionary<long, TicketState> source)
        {
            TicketState[] open = [.. source.Values.Where(t => !t.IsTerminal)];
            var waiting = NoneWaiting.ToBuilder();
            foreach (var ticket in open.Where(t => t.Status == TicketStatus.Waiting))
            {
                waiting[ticket.Category] = waiting.GetValueOrDefault(ticket.Category) + 1;
            }

            return new OpenTicketCache(source, open, waiting.ToImmutable());
        }

        /// <summary>The cache of <paramref name="source"/>, which differs from this one's map only in <paramref name="ticket"/>: it is replaced, added in id order, or removed when it ended.</summary>
        public OpenTicketCache With(ImmutableSortedDictionary<long, TicketState> source, TicketState ticket)
        {
            var at = BinarySearch(ticket.Id);
            var before = at >= 0 ? Tickets[at] : null;
            var waiting = Waiting;
            if (before is { Status: TicketStatus.Waiting })
            {
                waiting = Count(waiting, before.Category, -1);
            }

            if (ticket is { Status: TicketStatus.Waiting, IsTerminal: false })
            {
                waiting = Count(waiting, ticket.Category, +1);
            }

            return new OpenTicketCache(source, Changed(at, ticket), waiting);
        }

        private static ImmutableSortedDictionary<string, int> Count(ImmutableSortedDictionary<string, int> waiting, string category, int change)
        {
            var count = waiting.GetValueOrDefault(category) + change;
            return count == 0 ? waiting.Remove(category) : waiting.SetItem(category, count);
        }

        private TicketState[] Changed(int at, TicketState ticket)
        {
            if (at >= 0)
            {
                if (ticket.IsTerminal)
                {
                    var shorter = new TicketState[Tickets.Length - 1];
                    Array.Copy(Tickets, shorter, at);
                    Array.Copy(Tickets, at + 1, shorter, at, Tickets.Length - at - 1);
                    return shorter;
                }

                var replaced = (TicketState[])Tickets.Clone();
                replaced[at] = ticket;
                return replaced;
            }

            if (ticket.IsTerminal)
            {
                return Tickets;
            }

            var insert = ~at;
            var longer = new TicketState[Tickets.Length + 1];
            Array.Copy(Tickets, longer, insert);
            longer[insert] = ticket;
            Array.Copy(Tickets, insert, longer, insert + 1, Tickets.Length - insert);
            return longer;
        }

        private int BinarySearch(long id)
        {
            int low = 0, high = Tickets.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                var found = Tickets[middle].Id;
                if (found == id)
                {
                    return middle;
                }

                if (found < id)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }
    }
}
