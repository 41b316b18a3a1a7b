using EdgeQueue.Central.Booking.Storage;

namespace EdgeQueue.Central.Booking.Administration;

/// <summary>Appends an audit entry inside the transaction of the change it records.</summary>
internal static class AuditWriter
{
    public static Task AppendAsync(WriteScope scope, BookingClock clock, string actor, string action, string entity, string entityId, string details, CancellationToken cancellation) =>
        scope.Command(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (@at, @actor, @action, @entity, @eid, @details)",
            ("@at", clock.UtcNow.ToUnixTimeMilliseconds()), ("@actor", actor), ("@action", action), ("@entity", entity),
            ("@eid", entityId), ("@details", details)).ExecuteAsync(cancellation);
}
