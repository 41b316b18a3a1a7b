using EdgeQueue.Contracts;
using EdgeQueue.Contracts.Messages.Sync;
using EdgeQueue.Mqtt.Link;
using MQTTnet.Protocol;
using EdgeQueue.Queue.Commands;
using EdgeQueue.Queue.Storage;
using Microsoft.Extensions.Logging;

namespace EdgeQueue.Hub.Central;

/// <summary>
/// Applies central's booking changes (<c>…/sync/bookings</c>) to the site queue: only those that
/// continue the site's booking sequence without a gap, all of a batch in one transaction together
/// with the new sequence, each idempotent by version (the sequence number). Then acknowledges the
/// highest contiguous number, retained, on <c>…/sync/bookings-ack</c>: central resends from there.
/// </summary>
internal sealed class BookingsDownlink(SiteQueue queue, MqttLink client, string ackTopic, TimeProvider time, ILogger log)
{
    /// <summary>Tells central where this hub stands (at every connect, and after each batch).</summary>
    public Task AcknowledgeAsync(CancellationToken cancellation) =>
        client.PublishAsync(ackTopic, ContractJson.Serialize(new SyncAck(queue.BookingsSequence, time.GetUtcNow())),
            MqttQualityOfServiceLevel.AtLeastOnce, retain: true, cancellation);

    public async Task ApplyAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellation)
    {
        if (!ContractJson.TryDeserialize<SyncBookingBatch>(payload.Span, ContractJson.MaxSyncPayloadBytes, out var batch, out var error))
        {
            log.LogWarning("Bookings from central refused: {Error}", error);
            return;
        }

        var next = queue.BookingsSequence + 1;
        var contiguous = new List<SyncedBooking>();
        foreach (var booking in batch.Bookings.Where(b => b.Seq >= next).OrderBy(b => b.Seq))
        {
            if (booking.Seq != next)
            {
                log.LogInformation("Booking change {Seq} arrived before {Missing}; waiting for central to resend", booking.Seq, next);
                break;
            }

            contiguous.Add(booking);
            next++;
        }

        if (contiguous.Count > 0)
        {
            var commands = contiguous.Select(ToCommand).ToList();
            var results = await queue.ImportBookingsAsync(commands, contiguous[^1].Seq).WaitAsync(cancellation);
            for (var i = 0; i < results.Count; i++)
            {
                if (!results[i].Accepted)
                {
                    // Acknowledged all the same: central cannot fix it by resending; the technician sees why.
                    log.LogWarning("Booking {Code} (change {Seq}) not applied: {Error}", contiguous[i].Code, contiguous[i].Seq, results[i].Message);
                }
            }

            log.LogInformation("Bookings from central applied up to change {Seq} ({Count} in this batch)", contiguous[^1].Seq, contiguous.Count);
        }

        await AcknowledgeAsync(cancellation);
    }

    private static SyncBooking ToCommand(SyncedBooking booking) =>
        new(booking.Code, booking.Category, booking.VisitTime, booking.DisplayName, booking.Seq,
            Cancelled: booking.Kind == SyncBookingKinds.Cancelled);
}
