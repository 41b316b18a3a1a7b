namespace EdgeQueue.Queue.Results;

/// <summary>
/// The engine's answer to a command. <see cref="Ticket"/> is the ticket the command acted on (issued,
/// checked in, called, recalled, set aside, served, transferred); <see cref="NowServing"/> is the
/// ticket at the counter after a counter command (null when the counter is idle).
/// </summary>
public sealed record CommandReply(
    QueueError Error,
    string Message,
    TicketInfo? Ticket = null,
    TicketInfo? NowServing = null)
{
    public bool Accepted => Error == QueueError.None;

    public static CommandReply Ok(string message, TicketInfo? ticket = null, TicketInfo? nowServing = null) =>
        new(QueueError.None, message, ticket, nowServing);

    public static CommandReply Refused(QueueError error, string message) => new(error, message);
}
