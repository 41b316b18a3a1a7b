namespace EdgeQueue.Central.Booking.Sync;

/// <summary>
/// One entry of a site's booking change log: what the hall's hub needs (code, matter, time, display
/// name) and nothing more — no PESEL, e-mail or phone (DESIGN.md §5 rule 5). <see cref="Sequence"/>
/// is gap-free per site, written in the same transaction as the booking.
/// </summary>
public sealed record SiteBookingChange(
    string SiteId,
    long Sequence,
    SiteBookingChangeKind Kind,
    string Code,
    int MatterId,
    string MatterName,
    string QueueCategory,
    DateOnly Day,
    TimeOnly Start,
    TimeOnly End,
    DateTimeOffset StartsAt,
    string DisplayName,
    DateTimeOffset RecordedAt);
