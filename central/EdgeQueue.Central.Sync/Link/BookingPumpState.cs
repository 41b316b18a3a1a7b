namespace EdgeQueue.Central.Sync.Link;

/// <summary>Where sending one site's booking changes stands: the hub's ack, the highest sent, when the ack last moved.</summary>
internal sealed class BookingPumpState(long acked, DateTimeOffset now)
{
    public Lock Gate { get; } = new();

    public long Acked { get; set; } = acked;

    public long Sent { get; set; } = acked;

    public DateTimeOffset LastProgress { get; set; } = now;

    public bool RestartRequested { get; set; } = true;
}
