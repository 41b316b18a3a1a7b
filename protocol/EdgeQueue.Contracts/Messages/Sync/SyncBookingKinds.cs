namespace EdgeQueue.Contracts.Messages.Sync;

/// <summary>The values of <see cref="SyncedBooking.Kind"/>.</summary>
public static class SyncBookingKinds
{
    public const string Booked = "booked";

    public const string Changed = "changed";

    public const string Cancelled = "cancelled";

    public static bool IsKnown(string? kind) => kind is Booked or Changed or Cancelled;
}
