namespace EdgeQueue.Central.Booking.Slots;

/// <summary>A bookable hour (local time) with its capacity and how many places are taken.</summary>
public sealed record Slot(TimeOnly Start, TimeOnly End, int Capacity, int Taken)
{
    public int Free => Math.Max(0, Capacity - Taken);
}
