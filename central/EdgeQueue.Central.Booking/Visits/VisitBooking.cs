using EdgeQueue.Central.Booking.Administration;
using EdgeQueue.Central.Booking.Privacy;
using EdgeQueue.Central.Booking.Slots;
using EdgeQueue.Central.Booking.Storage;
using EdgeQueue.Central.Booking.Sync;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Central.Booking.Visits;

/// <summary>
/// Books and cancels visits. The rules are checked before the transaction; inside it the database
/// has the last word: the partial unique index keeps one active visit per PESEL, matter and day,
/// and the conditional UPDATE on the slot counter (taken &lt; capacity) lets exactly as many bookings
/// through as there are places, however many requests race for the last one.
/// </summary>
internal sealed class VisitBooking : IVisitBooking
{
    private const int MaxCodeAttempts = 5;
    private readonly BookingDatabase _database;
    private readonly SlotRules _rules;
    private readonly PeselHasher _hasher;
    private readonly BookingOptions _options;
    private readonly ILogger<VisitBooking> _logger;
    private readonly OfferCache _cache;
    private readonly IVisitConfirmations _confirmations;

    public VisitBooking(
        BookingDatabase database, SlotRules rules, OfferCache cache, PeselHasher hasher, IVisitConfirmations confirmations,
        BookingOptions options, ILogger<VisitBooking> logger)
    {
        _cache = cache;
        _confirmations = confirmations;
        _database = database;
        _rules = rules;
        _hasher = hasher;
        _options = options;
        _logger = logger;
    }

    private BookingClock Clock => _rules.Clock;

    public async Task<BookingResult> BookAsync(BookVisitRequest request, BookingActor actor, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var (form, formErrors) = VisitFormValidator.Validate(request, Clock.Today);
        if (form is null)
        {
            return BookingResult.Failure(formErrors);
        }

        var (offer, offerError) = await _cache.GetOfferAsync(request.MatterId, request.LocationId, cancellation);
        if (offer is null)
        {
            return BookingResult.Failure(offerError!);
        }

        var timeError = await CheckTimeAsync(offer, request.Day, request.Time, cancellation);
        if (timeError is not null)
        {
            return BookingResult.Failure(timeError);
        }

        var peselHash = _hasher.Hash(form.PeselDigits);
        for (var attempt = 1; ; attempt++)
        {
            var visit = NewVisit(offer, request, form, actor);
            try
            {
                var result = await _database.WriteAsync(scope => InsertAsync(scope, offer, visit, peselHash, actor, cancellation), cancellation);
                if (!result.Succeeded)
                {
                    return result;
                }

                _logger.LogInformation("Visit booked: matter {MatterId} at {Location} on {Day} {Time} ({Channel})",
                    offer.MatterId, offer.LocationId, visit.Day, visit.Start, actor.Channel);
                // Committed: the resident hears of it even if the caller has gone away meanwhile.
                return result with { ConfirmationSent = await _confirmations.BookedAsync(result.Visit!, CancellationToken.None) };
            }
            catch (Exception e) when (attempt < MaxCodeAttempts && _database.Dialect.IsUniqueViolation(e))
            {
                // A code collision (new code next time) or the same resident booking twice at once
                // (next time the PESEL check sees the committed visit and says so).
            }
        }
    }

    public async Task<CancellationResult> CancelAsync(CancelVisitRequest request, BookingActor actor, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var pesel = Pesel.Check(request.Pesel, Clock.Today);
        if (!pesel.IsValid)
        {
            return CancellationResult.Failure(pesel.Error!);
        }

        var code = ConfirmationCode.Normalize(request.Code);
        if (code is null && (actor.Channel == BookingChannel.Online || !string.IsNullOrWhiteSpace(request.Code)))
        {
            return CancellationResult.Failure(actor.Channel == BookingChannel.Online ? BookingErrors.CodeRequired : BookingErrors.VisitNotFound);
        }

        var peselHash = _hasher.Hash(pesel.Digits!);
        var result = await _database.WriteAsync(async scope =>
        {
            var sql = VisitRows.Select + " WHERE v.pesel_hash = @h AND v.matter_id = @m AND v.day = @d AND v.status = 'booked'"
                + (code is null ? string.Empty : " AND v.code = @c");
            (string, object?)[] parameters = code is null
                ? [("@h", peselHash), ("@m", request.MatterId), ("@d", DayText.From(request.Day))]
                : [("@h", peselHash), ("@m", request.MatterId), ("@d", DayText.From(request.Day)), ("@c", code)];
            var found = await scope.Command(sql, parameters)
                .ListAsync(r => VisitRows.Map(r, Clock), cancellation);
            if (found.Count == 0)
            {
                return CancellationResult.Failure(BookingErrors.VisitNotFound);
            }

            var (id, visit) = found[0];
            if (visit.StartsAt.AddMinutes(-_options.CancellationLeadTimeMinutes) <= Clock.UtcNow)
            {
                return CancellationResult.Failure(BookingErrors.CancellationTooLate);
            }

            var now = Clock.UtcNow.ToUnixTimeMilliseconds();
            var changed = await scope.Command("UPDATE visits SET status = 'cancelled', cancelled_at = @now WHERE id = @id AND status = 'booked'",
                ("@now", now), ("@id", id)).ExecuteAsync(cancellation);
            if (changed == 0)
            {
                return CancellationResult.Failure(BookingErrors.VisitNotFound);
            }

            await scope.Command(
                "UPDATE slot_counters SET taken = taken - 1 WHERE location_id = @l AND matter_id = @m AND day = @d AND start_minute = @s AND taken > 0",
                ("@l", visit.LocationId), ("@m", visit.MatterId), ("@d", DayText.From(visit.Day)), ("@s", DayText.Minute(visit.Start)))
                .ExecuteAsync(cancellation);
            await SiteChangeLog.AppendAsync(scope, SiteBookingChangeKind.Cancelled, visit, now, cancellation);
            if (actor.Channel == BookingChannel.Agent)
            {
                await AuditWriter.AppendAsync(scope, Clock, actor.StaffLogin ?? "agent", "visit.cancel", "visit", visit.Code,
                    $"sprawa {visit.MatterId}, lokalizacja {visit.LocationId}, dzień {DayText.From(visit.Day)}", cancellation);
            }

            await scope.CommitAsync(cancellation);
            return CancellationResult.Success(visit with { Status = VisitStatus.Cancelled });
        }, cancellation);
        if (!result.Succeeded)
        {
            return result;
        }

        _logger.LogInformation("Visit cancelled: matter {MatterId} at {Location} on {Day} ({Channel})",
            result.Visit!.MatterId, result.Visit.LocationId, result.Visit.Day, actor.Channel);
        return result with { ConfirmationSent = await _confirmations.CancelledAsync(result.Visit, CancellationToken.None) };
    }

    public async Task<BookedVisit?> FindAsync(string code, string pesel, CancellationToken cancellation = default)
    {
        var normalized = ConfirmationCode.Normalize(code);
        var check = Pesel.Check(pesel, Clock.Today);
        if (normalized is null || !check.IsValid)
        {
            return null;
        }

        var rows = await _database.ReadAsync(connection => connection.CreateCommand(
            VisitRows.Select + " WHERE v.code = @c AND v.pesel_hash = @h", ("@c", normalized), ("@h", _hasher.Hash(check.Digits!)))
            .ListAsync(r => VisitRows.Map(r, Clock), cancellation), cancellation);
        return rows.Count == 0 ? null : rows[0].Visit;
    }

    public async Task<IReadOnlyList<BookedVisit>> FindActiveByPeselAsync(string pesel, CancellationToken cancellation = default)
    {
        var check = Pesel.Check(pesel, Clock.Today);
        if (!check.IsValid)
        {
            return [];
        }

        var rows = await _database.ReadAsync(connection => connection.CreateCommand(
            VisitRows.Select + " WHERE v.pesel_hash = @h AND v.status = 'booked' AND v.ends_at >= @now ORDER BY v.starts_at",
            ("@h", _hasher.Hash(check.Digits!)), ("@now", Clock.UtcNow.ToUnixTimeMilliseconds()))
            .ListAsync(r => VisitRows.Map(r, Clock), cancellation), cancellation);
        return [.. rows.Select(r => r.Visit)];
    }

    private async Task<BookingError?> CheckTimeAsync(MatterOffer offer, DateOnly day, TimeOnly time, CancellationToken cancellation)
    {
        if (!_rules.InWindow(day))
        {
            return BookingErrors.DayOutOfRange(_rules.FirstDay, _rules.LastDay);
        }

        var closed = await _cache.GetClosedDaysAsync(offer.LocationId, cancellation);
        if (closed.TryGetValue(day, out var reason))
        {
            return BookingErrors.DayClosed(reason);
        }

        var slots = SlotRules.SlotTimes(offer, day);
        if (slots.Count == 0)
        {
            return BookingErrors.DayClosed(null);
        }

        if (time.Second != 0 || time.Millisecond != 0 || !slots.Any(s => s.Start == DayText.Minute(time)))
        {
            return BookingErrors.NotASlot;
        }

        return Clock.At(day, time) < _rules.EarliestStart ? BookingErrors.TooLate : null;
    }

    private BookedVisit NewVisit(MatterOffer offer, BookVisitRequest request, ValidVisitForm form, BookingActor actor)
    {
        var end = request.Time.AddMinutes(offer.VisitMinutes);
        return new BookedVisit(
            ConfirmationCode.New(), VisitStatus.Booked, offer.MatterId, offer.MatterName, offer.QueueCategory, offer.DepartmentId,
            offer.DepartmentName, offer.LocationId, offer.LocationName, offer.LocationAddress, request.Day, request.Time, end,
            Clock.At(request.Day, request.Time), Clock.At(request.Day, end), form.DisplayName, form.FirstName, form.LastName,
            form.Email, form.Phone, actor.Channel, Clock.UtcNow);
    }

    private async Task<BookingResult> InsertAsync(WriteScope scope, MatterOffer offer, BookedVisit visit, string peselHash, BookingActor actor, CancellationToken cancellation)
    {
        var day = DayText.From(visit.Day);
        var start = DayText.Minute(visit.Start);
        var existing = await scope.Command(
            "SELECT COUNT(*) FROM visits WHERE pesel_hash = @h AND matter_id = @m AND day = @d AND status = 'booked'",
            ("@h", peselHash), ("@m", visit.MatterId), ("@d", day)).ScalarAsync<long>(cancellation);
        if (existing > 0)
        {
            return BookingResult.Failure(BookingErrors.PeselLimit);
        }

        var now = Clock.UtcNow.ToUnixTimeMilliseconds();
        await scope.Command(
            """
            INSERT INTO visits (code, status, matter_id, location_id, day, start_minute, end_minute, starts_at, ends_at, pesel_hash,
                display_name, first_name, last_name, email, phone, channel, agent_login, booked_at)
            VALUES (@code, 'booked', @m, @l, @d, @s, @e, @sa, @ea, @h, @dn, @fn, @ln, @em, @ph, @ch, @agent, @now)
            """,
            ("@code", visit.Code), ("@m", visit.MatterId), ("@l", visit.LocationId), ("@d", day), ("@s", start),
            ("@e", DayText.Minute(visit.End)), ("@sa", visit.StartsAt.ToUnixTimeMilliseconds()), ("@ea", visit.EndsAt.ToUnixTimeMilliseconds()),
            ("@h", peselHash), ("@dn", visit.DisplayName), ("@fn", visit.FirstName), ("@ln", visit.LastName), ("@em", visit.Email),
            ("@ph", visit.Phone), ("@ch", actor.Channel == BookingChannel.Agent ? "agent" : "online"), ("@agent", actor.StaffLogin),
            ("@now", now)).ExecuteAsync(cancellation);

        await scope.Command(
            "INSERT INTO slot_counters (location_id, matter_id, day, start_minute, taken) VALUES (@l, @m, @d, @s, 0) ON CONFLICT DO NOTHING",
            ("@l", visit.LocationId), ("@m", visit.MatterId), ("@d", day), ("@s", start)).ExecuteAsync(cancellation);
        var claimed = await scope.Command(
            "UPDATE slot_counters SET taken = taken + 1 WHERE location_id = @l AND matter_id = @m AND day = @d AND start_minute = @s AND taken < @cap",
            ("@l", visit.LocationId), ("@m", visit.MatterId), ("@d", day), ("@s", start), ("@cap", offer.Counters)).ExecuteAsync(cancellation);
        if (claimed == 0)
        {
            return BookingResult.Failure(BookingErrors.SlotFull);
        }

        await SiteChangeLog.AppendAsync(scope, SiteBookingChangeKind.Booked, visit, now, cancellation);
        if (actor.Channel == BookingChannel.Agent)
        {
            await AuditWriter.AppendAsync(scope, Clock, actor.StaffLogin ?? "agent", "visit.book", "visit", visit.Code,
                $"sprawa {visit.MatterId}, lokalizacja {visit.LocationId}, termin {day} {visit.Start:HH\\:mm}", cancellation);
        }

        await scope.CommitAsync(cancellation);
        return BookingResult.Success(visit);
    }
}
