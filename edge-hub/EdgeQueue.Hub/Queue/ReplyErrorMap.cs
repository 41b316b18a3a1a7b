using EdgeQueue.Contracts.Messages;
using EdgeQueue.Queue.Results;

namespace EdgeQueue.Hub.Queue;

/// <summary>The queue's refusals as the stable error codes of device replies (<see cref="ReplyErrors"/>).</summary>
public static class ReplyErrorMap
{
    public static string ToReplyError(this QueueError error) => error switch
    {
        QueueError.InvalidRequest => ReplyErrors.BadRequest,
        QueueError.UnknownCategory => ReplyErrors.UnknownCategory,
        QueueError.CategoryClosed => ReplyErrors.CategoryClosed,
        QueueError.DailyLimitReached => ReplyErrors.LimitReached,
        QueueError.UnknownCounter => ReplyErrors.UnknownCounter,
        QueueError.CounterClosed => ReplyErrors.CounterClosed,
        QueueError.NothingToCall => ReplyErrors.NothingToCall,
        QueueError.NoCurrentTicket => ReplyErrors.NoCurrentTicket,
        QueueError.UnknownBookingCode => ReplyErrors.UnknownCode,
        QueueError.BookingCancelled => ReplyErrors.BookingCancelled,
        QueueError.TooEarly => ReplyErrors.TooEarly,
        QueueError.TooLate => ReplyErrors.TooLate,
        QueueError.StorageFailure => ReplyErrors.StorageFailure,
        QueueError.InternalError => ReplyErrors.Internal,
        _ => error.Wire(),
    };
}
