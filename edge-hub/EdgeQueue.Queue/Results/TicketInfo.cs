using EdgeQueue.Queue.State;

namespace EdgeQueue.Queue.Results;

/// <summary>
/// A ticket as a reply, a printout or a display shows it. <see cref="PeopleAhead"/> and
/// <see cref="EtaMinutes"/> are the estimate at the moment the result was made (null when no open
/// counter serves the category, or the ticket no longer waits). <see cref="Print"/> is the paper's fate as recorded so far.
/// </summary>
public sealed record TicketInfo(
    long Id,
    string Number,
    string Category,
    TicketKind Kind,
    TicketStatus Status,
    DateTimeOffset IssuedAt,
    int? Counter,
    int Calls,
    int PeopleAhead,
    int? EtaMinutes,
    string? BookingCode = null,
    DateTimeOffset? VisitTime = null,
    TicketPrint Print = TicketPrint.NotRecorded,
    string? PrintFailure = null);
