using EdgeQueue.Queue.Results;

namespace EdgeQueue.Queue.Storage;

/// <summary>
/// The answer to a command, returned only after its transaction is durable. <see cref="Ticket"/>
/// carries number, people ahead (<see cref="TicketInfo.PeopleAhead"/>) and the wait estimate;
/// <see cref="Events"/> the events committed with their outbox sequence numbers. A repeated request
/// id gets the first answer again with <see cref="IsDuplicate"/> set, and nothing changes.
/// </summary>
public sealed record CommandResult(
    string? RequestId,
    QueueError Error,
    string Message,
    TicketInfo? Ticket,
    TicketInfo? NowServing,
    IReadOnlyList<SequencedEvent> Events,
    bool IsDuplicate = false)
{
    public bool Accepted => Error == QueueError.None;

    /// <summary>The code for device replies: "ok" or e.g. "category-closed".</summary>
    public string ErrorCode => Error.Wire();

    public static CommandResult From(string? requestId, CommandReply reply, IReadOnlyList<SequencedEvent> events, bool duplicate = false) =>
        new(requestId, reply.Error, reply.Message, reply.Ticket, reply.NowServing, events, duplicate);
}
