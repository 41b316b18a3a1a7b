using System.Globalization;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Configuration;
using EdgeQueue.Queue.Events;
using EdgeQueue.Queue.Results;
using EdgeQueue.Queue.Snapshots;
using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Engine;

/// <summary>
/// The queue rules of one site. <see cref="Decide"/> is a pure function of the state, the command
/// and the moment: it neither reads a clock nor touches storage, and a refused command leaves the
/// state as it was. The store commits the events it returns; only then does the caller use the new state.
/// </summary>
public sealed class QueueEngine
{
    private const int MaxCodeLength = 64;
    private const int MaxDisplayNameLength = 120;

    /// <summary>Ticket numbers are prefix + 3 digits: 001…999.</summary>
    private const int MaxNumbers = 999;

    private readonly SiteConfiguration _configuration;
    private readonly WaitEstimator _estimator;

    public QueueEngine(SiteConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = configuration.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("site configuration is not valid: " + string.Join("; ", problems), nameof(configuration));
        }

        _configuration = configuration;
        _estimator = new WaitEstimator(configuration);
        Calendar = new SiteCalendar(configuration, TimeZoneResolver.TryFind(configuration.TimeZoneId)!);
    }

    public SiteConfiguration Configuration => _configuration;

    public SiteCalendar Calendar { get; }

    public Decision Decide(QueueState state, QueueCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var work = new Work(state);
        RollOverIfDue(work, now);
        var reply = command switch
        {
            IssueTicket c => Issue(work, c, now),
            CheckIn c => CheckIn(work, c, now),
            CallNext c => WithOpenCounter(work, c, now, CallNext),
            Recall c => WithOpenCounter(work, c, now, Recall),
            NoShow c => WithOpenCounter(work, c, now, NoShow),
            Done c => WithOpenCounter(work, c, now, Done),
            Transfer c => WithOpenCounter(work, c, now, (w, counter, at) => Transfer(w, counter, c.ToCategory, at)),
            OpenCounter c => Open(work, c, now),
            CloseCounter c => WithOpenCounter(work, c, now, Close),
            RollOverDay => CommandReply.Ok(work.Events.Count > 0 ? $"business day {work.State.Day:yyyy-MM-dd} started" : "business day is current"),
            SyncBooking c => SyncBooking(work, c, now),
            RecordPrint c => RecordPrint(work, c, now),
            null => CommandReply.Refused(QueueError.InvalidRequest, "no command given"),
            _ => CommandReply.Refused(QueueError.InvalidRequest, $"command {command.GetType().Name} is not known"),
        };

        if (!reply.Accepted)
        {
            work.Undo();
        }

        return new Decision(work.State, work.Events, reply);
    }

    /// <summary>Whether a command now would first start a new business day.</summary>
    public bool IsRolloverDue(QueueState state, DateTimeOffset now) => Calendar.DayOf(now) > state.Day;

    public TicketInfo Describe(QueueState state, TicketState ticket, DateTimeOffset now)
    {
        if (ticket.Status != TicketStatus.Waiting)
        {
            return Info(ticket, peopleAhead: 0, eta: null);
        }

        var ahead = _estimator.PeopleAhead(state, ticket, now);
        return Info(ticket, ahead, _estimator.EtaMinutes(state, ticket, ahead + 1, now));
    }

    public QueueSnapshot Snapshot(QueueState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var categories = _configuration.Categories.Select(definition =>
        {
            var day = state.CategoryDayOf(definition.Prefix);
            var open = Calendar.IsOpenForIssue(definition, now, out var status);
            var waiting = _estimator.CallOrder(state, definition.Prefix, now)
                .Select((t, i) => Info(t, i, _estimator.EtaMinutes(state, t, i + 1, now)))
                .ToList();
            var tickets = state.OpenTickets.Where(t => string.Equals(t.Category, definition.Prefix, StringComparison.Ordinal)).ToList();
            return new CategorySnapshot(
                definition.Prefix,
                definition.Name,
                open,
                status,
                day.Issued,
                definition.DailyLimit is { } limit ? Math.Max(0, limit - day.WalkIns) : null,
                _estimator.MeanServiceTime(state, definition.Prefix),
                _estimator.OpenCountersServing(state, definition.Prefix),
                waiting,
                [.. tickets.Where(t => t.Status == TicketStatus.SetAside).OrderBy(t => t.IssuedAt).Select(t => Info(t, 0, null))],
                [.. tickets.Where(t => t.Status == TicketStatus.Called).OrderBy(t => t.Counter).Select(t => Info(t, 0, null))]);
        }).ToList();

        var counters = _configuration.Counters.Select(definition =>
        {
            var counter = state.CounterOf(definition.Number);
            var current = state.CurrentTicketAt(definition.Number);
            return new CounterSnapshot(definition.Number, counter.Open, definition.Categories, definition.Policy,
                current is null ? null : Info(current, 0, null));
        }).ToList();

        return new QueueSnapshot(now, state.Day, categories, counters);
    }

    /// <summary>The ticket number printed and announced: prefix + 3 digits, 001…999 then 001 again.</summary>
    public static string FormatNumber(string prefix, int dailySequence) =>
        prefix + (((dailySequence - 1) % MaxNumbers) + 1).ToString("D3", CultureInfo.InvariantCulture);

    private static TicketInfo Info(TicketState t, int peopleAhead, int? eta) =>
        new(t.Id, t.Number, t.Category, t.Kind, t.Status, t.IssuedAt, t.Counter, t.Calls, peopleAhead, eta, t.BookingCode, t.VisitTime, t.Print, t.PrintFailure);

    private static string NormalizeCode(string? code) => (code ?? string.Empty).Trim().ToUpperInvariant();

    private void RollOverIfDue(Work work, DateTimeOffset now)
    {
        if (!IsRolloverDue(work.State, now))
        {
            return;
        }

        foreach (var ticket in work.State.OpenTickets)
        {
            work.Emit(new TicketCancelled(now, ticket.Id, ticket.Number, TicketCancelled.DayEnded));
        }

        var day = Calendar.DayOf(now);
        work.Emit(new BusinessDayStarted(now, day, Calendar.StartOf(day)));
        work.KeepAsBase();
    }

    private CommandReply Issue(Work work, IssueTicket command, DateTimeOffset now)
    {
        var category = _configuration.FindCategory(command.Category ?? string.Empty);
        if (category is null)
        {
            return UnknownCategory(command.Category, "issue a ticket in");
        }

        if (!Calendar.IsOpenForIssue(category, now, out var reason))
        {
            return CommandReply.Refused(QueueError.CategoryClosed, reason);
        }

        var day = work.State.CategoryDayOf(category.Prefix);
        if (category.DailyLimit is { } limit && day.WalkIns >= limit)
        {
            return CommandReply.Refused(QueueError.DailyLimitReached,
                $"category {category.Prefix} ({category.Name}) has issued all {limit} tickets for today");
        }

        if (NextFreeNumber(work.State, category.Prefix, day) is not { } free)
        {
            return AllNumbersHeld(category);
        }

        var (sequence, number) = free;
        var id = work.State.LastTicketId + 1;
        work.Emit(new TicketIssued(now, id, category.Prefix, sequence, number, command.Dispenser));
        return CommandReply.Ok($"ticket {number} issued", Describe(work.State, work.State.Tickets[id], now));
    }

    private CommandReply CheckIn(Work work, CheckIn command, DateTimeOffset now)
    {
        var code = NormalizeCode(command.Code);
        if (code.Length == 0 || code.Length > MaxCodeLength)
        {
            return CommandReply.Refused(QueueError.InvalidRequest, "a booking code of 1 to 64 characters is needed");
        }

        if (!work.State.Bookings.TryGetValue(code, out var booking))
        {
            return CommandReply.Refused(QueueError.UnknownBookingCode,
                $"booking code {code} is not known for today; please check the code or ask at the information desk");
        }

        if (booking.Cancelled)
        {
            return CommandReply.Refused(QueueError.BookingCancelled,
                $"booking {code} was cancelled; please take a walk-in ticket or ask at the information desk");
        }

        if (booking.TicketId is { } existing && work.State.Tickets.TryGetValue(existing, out var given))
        {
            // The resident holds no paper for it (the printer failed): checking in again prints the same ticket.
            return given is { Print: TicketPrint.NotPrinted, IsTerminal: false }
                ? CommandReply.Ok($"booking {code} is checked in as ticket {given.Number}, which was not printed: print it again",
                    Describe(work.State, given, now))
                : CommandReply.Refused(QueueError.AlreadyCheckedIn, $"booking {code} is already checked in as ticket {given.Number}");
        }

        var category = _configuration.FindCategory(booking.Category);
        if (category is null)
        {
            return UnknownCategory(booking.Category, "check in to");
        }

        var today = work.State.Day;
        var visitDay = Calendar.DayOf(booking.VisitTime);
        var visitAt = $"{visitDay:yyyy-MM-dd} {Calendar.Clock(booking.VisitTime)}";
        if (visitDay > today || now < booking.VisitTime - _configuration.CheckInEarlyWindow)
        {
            return CommandReply.Refused(QueueError.TooEarly,
                $"booking {code} is for {visitAt}; check-in opens {_configuration.CheckInEarlyWindow.TotalMinutes:0} min before");
        }

        if (visitDay < today || now > booking.VisitTime + _configuration.LateGracePeriod)
        {
            return CommandReply.Refused(QueueError.TooLate,
                $"booking {code} was for {visitAt}; arriving more than {_configuration.LateGracePeriod.TotalMinutes:0} min late counts as resignation");
        }

        var day = work.State.CategoryDayOf(category.Prefix);
        if (NextFreeNumber(work.State, category.Prefix, day) is not { } free)
        {
            return AllNumbersHeld(category);
        }

        var (sequence, number) = free;
        var id = work.State.LastTicketId + 1;
        work.Emit(new BookedVisitCheckedIn(now, id, category.Prefix, sequence, number, code, booking.VisitTime, command.Dispenser));
        return CommandReply.Ok($"booking {code} checked in as ticket {number}", Describe(work.State, work.State.Tickets[id], now));
    }

    private CommandReply WithOpenCounter(
        Work work,
        CounterCommand command,
        DateTimeOffset now,
        Func<Work, CounterDefinition, DateTimeOffset, CommandReply> action)
    {
        var counter = _configuration.FindCounter(command.Counter);
        if (counter is null)
        {
            return CommandReply.Refused(QueueError.UnknownCounter, $"counter {command.Counter} is not configured at this site");
        }

        if (!work.State.CounterOf(counter.Number).Open)
        {
            return command is CloseCounter
                ? CommandReply.Ok($"counter {counter.Number} is already closed")
                : CommandReply.Refused(QueueError.CounterClosed, $"counter {counter.Number} is closed; open it first");
        }

        return action(work, counter, now);
    }

    private CommandReply CallNext(Work work, CounterDefinition counter, DateTimeOffset now)
    {
        var finished = work.State.CurrentTicketAt(counter.Number);
        if (finished is not null)
        {
            Serve(work, counter, finished, now);
        }

        var next = CallSelector.Select(work.State, counter, now, _configuration.BookedCallEarlyWindow);
        if (next is null)
        {
            return finished is null
                ? CommandReply.Refused(QueueError.NothingToCall, $"nobody is waiting for counter {counter.Number}")
                : CommandReply.Ok($"ticket {finished.Number} served; nobody is waiting", Info(work.State.Tickets[finished.Id], 0, null));
        }

        var called = Call(work, counter, next, now);
        return CommandReply.Ok($"ticket {called.Number} called to counter {counter.Number}", called, called);
    }

    private CommandReply Recall(Work work, CounterDefinition counter, DateTimeOffset now)
    {
        var current = work.State.CurrentTicketAt(counter.Number);
        if (current is null)
        {
            return NoCurrentTicket(counter, "recall");
        }

        work.Emit(new TicketRecalled(now, current.Id, current.Number, counter.Number, current.Calls));
        var info = Info(current, 0, null);
        return CommandReply.Ok($"ticket {current.Number} recalled to counter {counter.Number}", info, info);
    }

    private CommandReply NoShow(Work work, CounterDefinition counter, DateTimeOffset now)
    {
        var current = work.State.CurrentTicketAt(counter.Number);
        if (current is null)
        {
            return NoCurrentTicket(counter, "mark as no-show");
        }

        var removed = current.Calls >= _configuration.NoShowCallLimit;
        work.Emit(removed
            ? new TicketRemovedAfterNoShows(now, current.Id, current.Number, counter.Number, current.Calls)
            : new TicketSetAside(now, current.Id, current.Number, counter.Number, current.Calls));
        var absent = Info(work.State.Tickets[current.Id], 0, null);
        var what = removed
            ? $"ticket {current.Number} removed after {current.Calls} calls"
            : $"ticket {current.Number} set aside after call {current.Calls} of {_configuration.NoShowCallLimit}";

        var next = CallSelector.Select(work.State, counter, now, _configuration.BookedCallEarlyWindow, exclude: current.Id);
        if (next is null)
        {
            return CommandReply.Ok($"{what}; nobody else is waiting", absent);
        }

        var called = Call(work, counter, next, now);
        return CommandReply.Ok($"{what}; ticket {called.Number} called", absent, called);
    }

    private CommandReply Done(Work work, CounterDefinition counter, DateTimeOffset now)
    {
        var current = work.State.CurrentTicketAt(counter.Number);
        if (current is null)
        {
            return NoCurrentTicket(counter, "finish");
        }

        Serve(work, counter, current, now);
        return CommandReply.Ok($"ticket {current.Number} served at counter {counter.Number}", Info(work.State.Tickets[current.Id], 0, null));
    }

    private CommandReply Transfer(Work work, CounterDefinition counter, string? toCategory, DateTimeOffset now)
    {
        var target = _configuration.FindCategory(toCategory ?? string.Empty);
        if (target is null)
        {
            return UnknownCategory(toCategory, "transfer to");
        }

        var current = work.State.CurrentTicketAt(counter.Number);
        if (current is null)
        {
            return NoCurrentTicket(counter, "transfer");
        }

        if (string.Equals(current.Category, target.Prefix, StringComparison.Ordinal))
        {
            return CommandReply.Refused(QueueError.SameCategory, $"ticket {current.Number} is already in category {target.Prefix}");
        }

        work.Emit(new TicketTransferred(now, current.Id, current.Number, counter.Number, current.Category, target.Prefix));
        return CommandReply.Ok($"ticket {current.Number} transferred to category {target.Prefix} ({target.Name})",
            Describe(work.State, work.State.Tickets[current.Id], now));
    }

    private CommandReply Open(Work work, OpenCounter command, DateTimeOffset now)
    {
        var counter = _configuration.FindCounter(command.Counter);
        if (counter is null)
        {
            return CommandReply.Refused(QueueError.UnknownCounter, $"counter {command.Counter} is not configured at this site");
        }

        if (work.State.CounterOf(counter.Number).Open)
        {
            return CommandReply.Ok($"counter {counter.Number} is already open");
        }

        work.Emit(new CounterOpened(now, counter.Number));
        return CommandReply.Ok($"counter {counter.Number} opened");
    }

    private CommandReply Close(Work work, CounterDefinition counter, DateTimeOffset now)
    {
        var current = work.State.CurrentTicketAt(counter.Number);
        if (current is not null)
        {
            return CommandReply.Refused(QueueError.CounterBusy,
                $"counter {counter.Number} is serving ticket {current.Number}; press Done, No-show or Transfer first");
        }

        work.Emit(new CounterClosed(now, counter.Number));
        return CommandReply.Ok($"counter {counter.Number} closed");
    }

    private CommandReply SyncBooking(Work work, SyncBooking command, DateTimeOffset now)
    {
        var code = NormalizeCode(command.Code);
        if (code.Length == 0 || code.Length > MaxCodeLength)
        {
            return CommandReply.Refused(QueueError.InvalidRequest, "a booking code of 1 to 64 characters is needed");
        }

        if (command.Version <= 0)
        {
            return CommandReply.Refused(QueueError.InvalidRequest, $"booking {code}: version must be positive");
        }

        var name = (command.DisplayName ?? string.Empty).Trim();
        if (name.Length > MaxDisplayNameLength)
        {
            return CommandReply.Refused(QueueError.InvalidRequest, $"booking {code}: display name is longer than {MaxDisplayNameLength} characters");
        }

        if (_configuration.FindCategory(command.Category ?? string.Empty) is null)
        {
            return UnknownCategory(command.Category, $"book {code} in");
        }

        var existing = work.State.Bookings.GetValueOrDefault(code);
        if (existing is not null && existing.Version >= command.Version)
        {
            return CommandReply.Ok($"booking {code} version {command.Version} is already known (have {existing.Version})");
        }

        if (existing is null)
        {
            work.Emit(new BookingRegistered(now, code, command.Category!, command.VisitTime, name, command.Version));
        }
        else if (!command.Cancelled)
        {
            work.Emit(new BookingChanged(now, code, command.Category!, command.VisitTime, name, command.Version));
        }

        if (command.Cancelled)
        {
            // A cancellation of a booking not seen before is still recorded, so an older version
            // arriving later cannot bring it back.
            work.Emit(new BookingCancelled(now, code, command.Version));
            return CommandReply.Ok($"booking {code} cancelled");
        }

        return CommandReply.Ok(existing is null ? $"booking {code} registered" : $"booking {code} changed");
    }

    private static CommandReply RecordPrint(Work work, RecordPrint command, DateTimeOffset now)
    {
        if (!work.State.Tickets.TryGetValue(command.TicketId, out var ticket))
        {
            return CommandReply.Refused(QueueError.InvalidRequest, $"ticket {command.TicketId} is not in today's queue; its print is not recorded");
        }

        if (command.Printed)
        {
            work.Emit(new TicketPrinted(now, ticket.Id, ticket.Number));
            return CommandReply.Ok($"ticket {ticket.Number} printed", Info(work.State.Tickets[ticket.Id], 0, null));
        }

        work.Emit(new TicketNotPrinted(now, ticket.Id, ticket.Number, command.Failure ?? "unknown"));
        if (ticket is { Kind: TicketKind.WalkIn, IsTerminal: false })
        {
            // Nobody holds it: void, never called (even if a clerk called it while it was printing).
            work.Emit(new TicketCancelled(now, ticket.Id, ticket.Number, TicketCancelled.NotPrinted));
            return CommandReply.Ok($"ticket {ticket.Number} was not printed and is void", Info(work.State.Tickets[ticket.Id], 0, null));
        }

        return CommandReply.Ok($"ticket {ticket.Number} was not printed; it stays in the queue", Info(work.State.Tickets[ticket.Id], 0, null));
    }

    /// <summary>
    /// The next number of the category that no ticket still in the queue holds: numbers wrap at
    /// 999, and after a wrap a number still waiting, called or set aside is skipped, so one number
    /// never stands for two people. Null when all 999 are held.
    /// </summary>
    private static (int Sequence, string Number)? NextFreeNumber(QueueState state, string prefix, CategoryDay day)
    {
        HashSet<string>? held = null;
        for (var step = 1; step <= MaxNumbers; step++)
        {
            var sequence = day.Issued + step;
            var number = FormatNumber(prefix, sequence);
            if (sequence <= MaxNumbers)
            {
                return (sequence, number);
            }

            held ??= [.. state.OpenTickets.Select(t => t.Number)];
            if (!held.Contains(number))
            {
                return (sequence, number);
            }
        }

        return null;
    }

    private static CommandReply AllNumbersHeld(CategoryDefinition category) =>
        CommandReply.Refused(QueueError.DailyLimitReached,
            $"all {MaxNumbers} numbers of category {category.Prefix} ({category.Name}) are held by tickets still in the queue; serve some first");

    private void Serve(Work work, CounterDefinition counter, TicketState ticket, DateTimeOffset now)
    {
        var serviceTime = now - (ticket.LastCalledAt ?? now);
        work.Emit(new TicketServed(now, ticket.Id, ticket.Number, counter.Number, serviceTime < TimeSpan.Zero ? TimeSpan.Zero : serviceTime));
    }

    private static TicketInfo Call(Work work, CounterDefinition counter, TicketState ticket, DateTimeOffset now)
    {
        work.Emit(new TicketCalled(now, ticket.Id, ticket.Number, counter.Number, ticket.Calls + 1));
        return Info(work.State.Tickets[ticket.Id], 0, null);
    }

    private static CommandReply NoCurrentTicket(CounterDefinition counter, string action) =>
        CommandReply.Refused(QueueError.NoCurrentTicket, $"counter {counter.Number} has no current ticket to {action}");

    private CommandReply UnknownCategory(string? prefix, string action) =>
        CommandReply.Refused(QueueError.UnknownCategory,
            $"cannot {action} unknown category '{prefix}' (this site has {string.Join(", ", _configuration.Categories.Select(c => c.Prefix))})");
}
