namespace EdgeQueue.Contracts.Messages;

/// <summary>
/// Hub → device on <c>…/device/{id}/reply</c>, QoS 1: the result of the event <see cref="Re"/>.
/// A duplicate event gets the stored reply again. On failure <see cref="Error"/> holds a code from
/// <see cref="ReplyErrors"/> and <see cref="Message"/> a sentence a technician can read.
/// </summary>
public sealed record DeviceReply(
    string Re,
    bool Ok,
    string? Ticket = null,
    int? Waiting = null,
    int? EtaMin = null,
    int? Counter = null,
    string? Error = null,
    string? Message = null)
{
    public static DeviceReply Failed(string re, string error, string message) =>
        new(re, Ok: false, Error: error, Message: message);
}
