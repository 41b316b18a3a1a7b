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
        TicketIssued e => AddTicket(e.TicketId, e.Category, e.DailySequence, walkIn: true, new TicketState
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
            _openTickets = new OpenTicketCache(cleared, ImmutableSortedDictionary<long, TicketState>.Empty),
            Categories = Categories.Clear(),
            Counters = Counters.ToImmutableSortedDictionary(c => c.Key, c => c.Value with { CurrentTicketId = null, CallSequence = 0 }),
            Bookings = Bookings.RemoveRange(Bookings.Values.Where(b => b.VisitTime < e.DayStart).Select(b => b.Code)),
        };
    }

    private QueueState AddTicket(long id, string category, int sequence, bool walkIn, TicketState ticket)
    {
        var day = CategoryDayOf(category);
        return SetTicket(id, ticket) with
        {
            LastTicketId = Math.Max(LastTicketId, id),
            Categories = Categories.SetItem(category, day with
            {
                Issued = Math.Max(day.Issued, sequence),
                WalkIns = walkIn ? day.WalkIns + 1 : day.WalkIns,
            }),
        };
    }

    private QueueState CheckIn(BookedVisitCheckedIn e)
    {
        var state = AddTicket(e.TicketId, e.Category, e.DailySequence, walkIn: false, new TicketState
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
            ? SetTicket(ticketId, ticket with { Print = print, PrintFailure = failure })
            : this;

    private QueueState Call(TicketCalled e)
    {
        if (!Tickets.TryGetValue(e.TicketId, out var ticket))
        {
            return this;
        }

        var counter = CounterOf(e.Counter);
        return SetTicket(e.TicketId, ticket with
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
        return state.SetTicket(e.TicketId, ticket with { Status = TicketStatus.Cancelled });
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
        return SetTicket(ticketId, change(ticket)) with { Counters = counters };
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
    private QueueState SetTicket(long id, TicketState ticket)
    {
        var tickets = Tickets.SetItem(id, ticket);
        var open = OpenCache().Open;
        open = ticket.IsTerminal ? open.Remove(id) : open.SetItem(id, ticket);
        return this with { Tickets = tickets, _openTickets = new OpenTicketCache(tickets, open) };
    }

    private OpenTicketCache OpenCache()
    {
        var cache = _openTickets;
        if (cache is not null && ReferenceEquals(cache.Source, Tickets))
        {
            return cache;
        }

        cache = new OpenTicketCache(Tickets, ImmutableSortedDictionary.CreateRange(Tickets.Where(t => !t.Value.IsTerminal)));
        _openTickets = cache;
        return cache;
    }

    /// <summary>The open tickets of one ticket map (<see cref="Source"/>); their list is made on first use.</summary>
    private sealed class OpenTicketCache(ImmutableSortedDictionary<long, TicketState> source, ImmutableSortedDictionary<long, TicketState> open)
    {
        private TicketState[]? _tickets;

        public ImmutableSortedDictionary<long, TicketState> Source { get; } = source;

        public ImmutableSortedDictionary<long, TicketState> Open { get; } = open;

        // Two threads may both build it; they build the same array.
        public TicketState[] Tickets => _tickets ??= [.. Open.Values];
    }
}
